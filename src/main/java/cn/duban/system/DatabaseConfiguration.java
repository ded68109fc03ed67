package cn.duban.system;

import cn.duban.time.CountyTime;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the ledger lives: the server named by DUBAN_DB_URL (the application connecting as
 * DUBAN_DB_USER, migrations as DUBAN_DB_OWNER_USER when given), or else an embedded PostgreSQL
 * keeping its data in ./data/pg, with password authentication and its own two roles.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(@Value("${duban.db.url:}") String url,
            @Value("${duban.db.user:}") String user,
            @Value("${duban.db.password:}") String password,
            @Value("${duban.db.owner-user:}") String ownerUser,
            @Value("${duban.db.owner-password:}") String ownerPassword,
            @Value("${duban.data-dir:data}") Path dataDir) {
        DatabaseServer server;
        if (url.isBlank()) {
            server = EmbeddedDatabase.start(dataDir);
        } else {
            server = ownerUser.isBlank()
                    ? new DatabaseServer(url, user, password, user, password, null)
                    : new DatabaseServer(url, ownerUser, ownerPassword, user, password, null);
        }
        try {
            DurabilityCheck.verify(server.ownerDataSource());
        } catch (RuntimeException e) {
            try {
                server.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return server;
    }

    /** The pool closes before the server it depends on, so Spring's shutdown stops the database cleanly. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseServer server, CountyTime time) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("duban");
        pool.setMaximumPoolSize(10);
        // Duban's queries are short; PostgreSQL's JIT compiles the larger roll-ups for tens of
        // milliseconds and wins nothing back (measured in BENCHMARKS.md), so it is off.
        pool.addDataSourceProperty("options", "-c jit=off");
        // A report approved at 00:30 on the 26th, Beijing time, is late for a due date of the 25th,
        // whatever zone the server runs in: dates taken from timestamps (approved_at::date) are the
        // county's dates.
        pool.setConnectionInitSql(setTimeZone(time.zone()));
        pool.setJdbcUrl(server.url());
        pool.setUsername(server.appUser());
        pool.setPassword(server.appPassword());
        return pool;
    }

    /**
     * The statement that puts a session in the county's zone. A region id (Asia/Shanghai) is what
     * ZoneId.of admits, [A-Za-z][A-Za-z0-9~/._+-]+, never a quote; a bare offset (duban.zone=+08:00)
     * goes as an interval, since PostgreSQL reads '+08:00' the POSIX way, as eight hours west.
     */
    static String setTimeZone(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset) {
            return "set time zone interval '" + offset.getId().replace("Z", "+00:00") + "' hour to minute";
        }
        return "set time zone '" + zone.getId() + "'";
    }

    /** Migrations run as the schema's owner; the application itself never can change the schema. */
    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(DatabaseServer server) {
        return configuration -> configuration.dataSource(server.url(), server.ownerUser(), server.ownerPassword());
    }

    /**
     * After every migration the owner grants the application role what it needs and no more:
     * reading and writing business rows, only reading and appending the audit trail and its seals,
     * only reading the migration history. New tables of later migrations are covered because this
     * runs at every start.
     */
    @Bean
    Callback applicationGrants(DatabaseServer server) {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE && server.separateOwner();
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                String app = '"' + server.appUser().replace("\"", "\"\"") + '"';
                try (Statement s = context.getConnection().createStatement()) {
                    s.execute("grant usage on schema public to " + app);
                    s.execute("grant select, insert, update, delete on all tables in schema public to " + app);
                    s.execute("grant usage, select on all sequences in schema public to " + app);
                    s.execute("revoke update, delete, truncate, references, trigger on audit_event, audit_seal from " + app);
                    s.execute("revoke insert, update, delete, truncate, references, trigger on flyway_schema_history from " + app);
                } catch (SQLException e) {
                    throw new IllegalStateException("无法为应用数据库角色授权", e);
                }
            }

            @Override
            public String getCallbackName() {
                return "duban-application-grants";
            }
        };
    }
}
