package cn.duban;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@DubanTest
class DubanApplicationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnARealPostgreSql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        assertThat(jdbc.sql("show fsync").query(String.class).single())
                .as("durable settings, unless an external server decides").isIn("on", "off");
    }
}
