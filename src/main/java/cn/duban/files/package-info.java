/**
 * Checking uploaded files by their content and serving downloads safely; uses no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cn.duban.files;
