package cn.duban.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * Where the ledger lives: the server named by DUBAN_DB_URL (with DUBAN_DB_USER and
 * DUBAN_DB_PASSWORD), or else an embedded PostgreSQL keeping its data in ./data/pg.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${duban.db.url:}") String url,
                          @Value("${duban.db.user:}") String user,
                          @Value("${duban.db.password:}") String password,
                          @Value("${duban.data-dir:data}") Path dataDir) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("duban");
        pool.setMaximumPoolSize(10);
        // Duban's queries are short; PostgreSQL's JIT compiles the larger roll-ups for tens of
        // milliseconds and wins nothing back (measured in BENCHMARKS.md), so it is off.
        pool.addDataSourceProperty("options", "-c jit=off");
        // A report approved at 00:30 on the 26th, Beijing time, is late for a due date of the 25th,
        // whatever zone the server runs in: dates taken from timestamps are the county's dates.
        pool.setConnectionInitSql("set time zone 'Asia/Shanghai'");
        if (url.isBlank()) {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir.resolve("pg"));
            pool.setJdbcUrl(embedded.jdbcUrl());
            pool.setUsername("postgres");
            // The server stops with the pool, so Spring's shutdown also shuts the database down cleanly.
            return new EmbeddedPool(pool, embedded);
        }
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        return pool;
    }

    /** A pool that owns the embedded server behind it. */
    static final class EmbeddedPool extends org.springframework.jdbc.datasource.DelegatingDataSource implements AutoCloseable {
        private final HikariDataSource pool;
        private final EmbeddedDatabase server;

        EmbeddedPool(HikariDataSource pool, EmbeddedDatabase server) {
            super(pool);
            this.pool = pool;
            this.server = server;
        }

        @Override
        public void close() throws Exception {
            try {
                pool.close();
            } finally {
                server.close();
            }
        }
    }
}
