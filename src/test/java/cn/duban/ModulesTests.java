package cn.duban;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module: no cycles between modules, no use of another module's
 * internals, and only the dependencies its package-info allows (a new one fails here until it
 * is a decision). Modules that must not know each other talk through events.
 */
class ModulesTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(DubanApplication.class).verify();
    }
}
