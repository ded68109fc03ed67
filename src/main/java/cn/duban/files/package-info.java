/**
 * Checking uploaded files by their content and serving downloads safely; uses no other module.
 */
@cn.duban.schema.Tables({})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"refusal", "schema"})
package cn.duban.files;
