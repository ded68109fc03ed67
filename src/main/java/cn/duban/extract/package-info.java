/**
 * The reader: documents in, quantities, outline and proposed tasks out. A library that uses no other module but files (bounded looks inside uploads).
 */
@cn.duban.schema.Tables({})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"files", "refusal", "schema", "time"})
package cn.duban.extract;
