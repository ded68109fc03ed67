package cn.duban.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables (and SQL functions) a module owns, declared on its package-info beside its allowed
 * dependencies. A module's SQL names only its own tables and those of the modules it may depend on;
 * {@code TableOwnershipTests} reads both declarations and fails on any other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Tables {

    String[] value();
}
