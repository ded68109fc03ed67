/**
 * Users, roles, login and what each user may see (a user belongs to a unit of the tree).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "crypto", "org"})
package cn.duban.security;
