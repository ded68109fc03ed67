/**
 * The reader: documents in, quantities, outline and proposed tasks out. A library that uses no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cn.duban.extract;
