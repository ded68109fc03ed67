package cn.duban.system;

import cn.duban.DubanApplication;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Dubans started by a test on one PostgreSQL, as nodes behind a load balancer or one after another. */
final class TwoNodes {

    private TwoNodes() {
    }

    /** The command line of a node on the database, with its files (the field key among them) in {@code data}. */
    static List<String> arguments(DatabaseServer database, Path data, String name) {
        return List.of("--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0", "--spring.main.banner-mode=off",
                "--spring.application.name=duban-" + name,
                "--duban.data-dir=" + data, "--duban.reminders.enabled=false", "--duban.backup.enabled=false",
                "--duban.db.url=" + database.url(), "--duban.db.user=" + database.appUser(),
                "--duban.db.password=" + database.appPassword(),
                "--duban.db.owner-user=" + database.ownerUser(), "--duban.db.owner-password=" + database.ownerPassword());
    }

    /** A node started in this JVM. */
    static ConfigurableApplicationContext node(DatabaseServer database, Path data, String name) {
        return new SpringApplicationBuilder(DubanApplication.class).run(arguments(database, data, name).toArray(String[]::new));
    }
}
