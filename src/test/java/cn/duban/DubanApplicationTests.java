package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DubanTest
class DubanApplicationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnARealPostgreSql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        // Start-up refuses a server that does not write durably (DurabilityCheck): every run of the suite is on one that does.
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isNotEqualTo("off");
    }
}
