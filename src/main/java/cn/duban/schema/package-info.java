/**
 * How a module declares the tables it owns ({@link cn.duban.schema.Tables} on its package-info), read by the test
 * that keeps each module's SQL to its own tables and those of the modules it may use.
 */
package cn.duban.schema;
