package cn.duban.system;

import cn.duban.audit.AuditTrail;
import cn.duban.time.CountyTime;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar duban.jar backup DIR} and {@code restore DIR} (further {@code --name=value}
 * arguments configure Duban as for a normal start: data folder, database). Both start Duban
 * without its web server, scheduler or demo data.
 * <ul>
 * <li>{@code backup} writes a new backup folder under DIR from the database Duban is configured
 *     for. The embedded database belongs to one running Duban at a time: while it runs, back up
 *     through it (系统管理 → 备份, or {@code POST /api/admin/backups}); this command refuses.</li>
 * <li>{@code restore} reads DIR (a backup folder, or a folder of them: the newest is taken) into a
 *     database that holds no data yet — a new data folder, or a new empty database on a server:
 *     migrates it to the backup's schema version, loads and checks every table, then migrates it
 *     to this version of Duban.</li>
 * </ul>
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    /** {@code application}: the Spring Boot application class to start (passed in, so this module does not depend on the root). */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("用法：java -jar duban.jar backup 目录   或   java -jar duban.jar restore 备份目录  [--duban.data-dir=… 等配置]");
            return 2;
        }
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        try {
            if (args[0].equals("backup")) {
                refuseWhileRunning(settings);
                try (ConfigurableApplicationContext context = start(application, settings, "--spring.flyway.enabled=false")) {
                    Backups.BackupRun run = context.getBean(Backups.class).backUp(dir, Backups.Trigger.COMMAND, "command-line");
                    out.println("备份完成：" + run.folder() + "（" + run.tables() + " 张表，" + run.rows() + " 行）");
                    out.println("字段加密密钥不在备份中：请另行妥善保管数据目录下的 keys/field.key（或 DUBAN_FIELD_KEY）。");
                }
            } else {
                refuseWhileRunning(settings);
                try (ConfigurableApplicationContext context = restore(application, dir, settings)) {
                    out.println("恢复完成：" + context.getBean(Restored.class).summary(context.getBean(CountyTime.class)));
                }
            }
            return 0;
        } catch (BackupFormat.BackupRefused e) {
            err.println("未执行：" + e.getMessage());
            return 1;
        } catch (Exception e) {
            Throwable refused = e;
            while (refused != null && !(refused instanceof BackupFormat.BackupRefused)) {
                refused = refused.getCause();
            }
            err.println("失败：" + (refused != null ? refused.getMessage() : e.getMessage()));
            return 1;
        }
    }

    /** What a restore did, kept in the context it leaves running for the caller (the restore drill test reads its database). */
    record Restored(Path folder, BackupFormat.Manifest manifest) {
        String summary(CountyTime time) {
            return folder + "（" + manifest.tables().size() + " 张表，" + manifest.rows() + " 行，备份于 " + time.second(manifest.created()) + "）";
        }
    }

    /**
     * Restores {@code dir} and returns the started Duban (without web server or scheduler) on the
     * restored database; closing it stops the embedded server.
     */
    static ConfigurableApplicationContext restore(Class<?> application, Path dir, String... settings) throws IOException, SQLException {
        Path folder = Backups.chosen(dir);
        BackupFormat.Manifest manifest = BackupFormat.Manifest.read(folder.resolve(BackupFormat.MANIFEST));
        ConfigurableApplicationContext context = start(application, settings, "--spring.flyway.target=" + manifest.schemaVersion());
        try {
            Flyway flyway = context.getBean(Flyway.class);
            MigrationVersion latest = Arrays.stream(flyway.info().all()).map(i -> i.getVersion()).filter(v -> v != null)
                    .max(MigrationVersion::compareTo).orElseThrow();
            if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(latest) > 0) {
                throw new BackupFormat.BackupRefused("备份来自更新版本的 Duban（结构版本 " + manifest.schemaVersion()
                        + "），本版本最高为 " + latest + "：请用该版本或更新版本恢复");
            }
            DatabaseServer server = context.getBean(DatabaseServer.class);
            Backups backups = context.getBean(Backups.class);
            backups.restore(server.ownerDataSource(), folder);
            Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load().migrate();
            context.getBean(AuditTrail.class).recordAloneAs("command-line", "恢复备份", "backup", null, null,
                    Map.of("folder", folder.toString(), "created", manifest.created().toString(), "schema", manifest.schemaVersion(),
                            "tables", manifest.tables().size(), "rows", manifest.rows()));
            context.getBeanFactory().registerSingleton("restored", new Restored(folder, manifest));
            return context;
        } catch (IOException | SQLException | RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, String[] settings, String... more) {
        List<String> args = new ArrayList<>(List.of(settings));
        args.addAll(List.of(more));
        args.addAll(List.of("--duban.demo=false", "--duban.scheduling=false", "--spring.main.banner-mode=off",
                "--spring.main.lazy-initialization=false"));
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    /** The embedded database is in use by a running Duban: its server's parent is alive and not init. */
    private static void refuseWhileRunning(String[] settings) {
        String url = setting(settings, "duban.db.url", System.getenv().getOrDefault("DUBAN_DB_URL", ""));
        if (!url.isBlank()) {
            return;
        }
        Path data = Path.of(setting(settings, "duban.data-dir", System.getenv().getOrDefault("DUBAN_DATA_DIR", "data")));
        if (EmbeddedDatabase.inUse(data)) {
            throw new BackupFormat.BackupRefused("数据目录 " + data.toAbsolutePath() + " 的数据库正由运行中的 Duban 使用："
                    + "请在“系统管理 → 备份”中立即备份（或调用 POST /api/admin/backups），或先停止 Duban 再执行");
        }
    }

    private static String setting(String[] settings, String name, String otherwise) {
        for (String s : settings) {
            if (s.startsWith("--" + name + "=")) {
                return s.substring(name.length() + 3);
            }
        }
        return otherwise;
    }
}
