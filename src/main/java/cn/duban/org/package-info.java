/**
 * The organisation tree: county, townships, villages, departments, command posts and their members.
 */
@cn.duban.schema.Tables({"organisation", "command_post_member"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "refusal", "schema"})
package cn.duban.org;
