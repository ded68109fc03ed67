package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.schema.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * Reads respect module boundaries too (issue 24): each module declares the tables and SQL functions
 * it owns ({@link Tables}, on its package-info) beside the modules it may depend on; its SQL may name
 * only its own and those of its allowed dependencies. {@code ApplicationModules.verify()} sees Java
 * references only — a read of another module's table through SQL is invisible to it, and made cycles
 * no test could see. Every table of the schema has exactly one owner.
 */
class TableOwnershipTests {

    private static final Path MAIN = Path.of("src/main/java/cn/duban");
    /** Where SQL names a table: after FROM, JOIN, INTO, UPDATE or TABLE; a function where it is called. */
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern CALL = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s*\\(");
    /** Tables that belong to no module's business: the framework's, and the backup's whole-database copy. */
    private static final Set<String> FRAMEWORK = Set.of("event_publication", "flyway_schema_history", "backup_run",
            "information_schema", "pg_catalog", "pg_tables", "pg_roles", "pg_class", "pg_namespace", "pg_proc", "pg_depend",
            "pg_settings", "pg_stat_activity");

    record Module(String name, Set<String> owns, Set<String> allowed) {
    }

    static Map<String, Module> modules() {
        Map<String, Module> out = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String name = dir.getFileName().toString();
                Package p = packageOf("cn.duban." + name);
                if (p == null || p.getAnnotation(ApplicationModule.class) == null || name.equals("schema")) {
                    continue; // system: the application's own wiring, backups and demo, bound by no allowed list
                }
                Tables tables = p.getAnnotation(Tables.class);
                assertThat(tables).as("module %s declares the tables it owns (@Tables on its package-info)", name).isNotNull();
                out.put(name,
                        new Module(name, Set.of(tables.value()), Set.of(p.getAnnotation(ApplicationModule.class).allowedDependencies())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Package packageOf(String name) {
        try {
            Class.forName(name + ".package-info");
        } catch (ClassNotFoundException e) {
            return null;
        }
        return ClassLoader.getSystemClassLoader().getDefinedPackage(name) != null
                ? ClassLoader.getSystemClassLoader().getDefinedPackage(name)
                : TableOwnershipTests.class.getClassLoader().getDefinedPackage(name);
    }

    /** Every name the given source's SQL uses as a table or calls as a function, of those any module owns. */
    static Set<String> named(String source, Set<String> known) {
        Set<String> out = new LinkedHashSet<>();
        for (String sql : sqlOf(source)) {
            Matcher t = TABLE.matcher(sql);
            while (t.find()) {
                if (known.contains(t.group(1).toLowerCase())) {
                    out.add(t.group(1).toLowerCase());
                }
            }
            Matcher f = CALL.matcher(sql);
            while (f.find()) {
                if (known.contains(f.group(1))) {
                    out.add(f.group(1));
                }
            }
        }
        return out;
    }

    /** The string literals and text blocks of a source that read as SQL. */
    static List<String> sqlOf(String source) {
        List<String> out = new ArrayList<>();
        Matcher blocks = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (blocks.find()) {
            out.add(blocks.group(1));
            rest.append(source, at, blocks.start());
            at = blocks.end();
        }
        rest.append(source.substring(at));
        Matcher literals = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(rest);
        StringBuilder joined = new StringBuilder();
        while (literals.find()) {
            joined.append(literals.group(1)).append(' ');
        }
        out.add(joined.toString());
        return out.stream().filter(s -> s.matches("(?is).*\\b(select|insert|update|delete|from|join|create)\\b.*")).toList();
    }

    /** What a module's SQL names that it neither owns nor may depend on, by file. */
    static Map<String, Set<String>> violations(Module m, Map<String, Module> all, Map<String, String> sources) {
        Map<String, String> owner = new HashMap<>();
        all.values().forEach(x -> x.owns().forEach(t -> owner.put(t, x.name())));
        Map<String, Set<String>> out = new TreeMap<>();
        sources.forEach((file, source) -> {
            for (String t : named(source, owner.keySet())) {
                String o = owner.get(t);
                if (!o.equals(m.name()) && !m.allowed().contains(o)) {
                    out.computeIfAbsent(file, k -> new LinkedHashSet<>()).add(t + " (" + o + ")");
                }
            }
        });
        return out;
    }

    private static Map<String, String> sourcesOf(String module) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(module))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                out.put(MAIN.relativize(f).toString(), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void eachModulesSqlNamesOnlyItsOwnTablesAndThoseOfModulesItMayDependOn() {
        Map<String, Module> all = modules();
        Map<String, Set<String>> found = new TreeMap<>();
        for (Module m : all.values()) {
            found.putAll(violations(m, all, sourcesOf(m.name())));
        }
        assertThat(found).as("SQL reaching into another module's tables outside its allowed dependencies").isEmpty();
    }

    @Test
    void everyTableOfTheSchemaHasOneOwner() throws IOException {
        Map<String, Module> all = modules();
        Map<String, List<String>> owners = new TreeMap<>();
        all.values().forEach(m -> m.owns().forEach(t -> owners.computeIfAbsent(t, k -> new ArrayList<>()).add(m.name())));
        owners.forEach((t, o) -> assertThat(o).as("owners of %s", t).hasSize(1));
        Set<String> created = new LinkedHashSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : migrations.toList()) {
                Matcher m = Pattern.compile("(?i)create (?:or replace )?(?:table|function) (?:if not exists )?([a-z_]+)")
                        .matcher(Files.readString(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        created.removeAll(FRAMEWORK);
        assertThat(owners.keySet()).as("tables and functions the migrations create, each owned by a module").containsAll(created);
    }

    @Test
    void aPlantedReadOfAnotherModulesTableIsFound() {
        Map<String, Module> all = modules();
        String planted = """
                class Planted {
                    long overdue() {
                        return jdbc.sql(\"\"\"
                                select count(*) from finding f where f.deadline < now()\"\"\").query(Long.class).single();
                    }
                }""";
        assertThat(violations(all.get("progress"), all, Map.of("progress/Planted.java", planted)))
                .containsEntry("progress/Planted.java", Set.of("finding (supervision)"));
        String allowed = "class Fine { String sql = \"select id from task t join plan p on p.id = t.plan_id\"; }";
        assertThat(violations(all.get("progress"), all, Map.of("progress/Fine.java", allowed))).isEmpty();
    }
}
