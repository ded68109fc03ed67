/**
 * The organisation tree: county, townships, villages, departments, command posts and their members.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files"})
package cn.duban.org;
