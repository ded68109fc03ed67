/**
 * The reader: documents in, quantities, outline and proposed tasks out. A library that uses no other module but
 * files (bounded looks inside uploads) and security, to say who may reach its pages.
 */
@cn.duban.schema.Tables({})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"files", "refusal", "schema", "security", "time"})
package cn.duban.extract;
