package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/xinchuang.md says which parts of Duban are PostgreSQL's own and what a KingbaseES or openGauss
 * deployment makes of each; this keeps that list true. Every construct below is looked for in the Flyway
 * migrations (comments left out) and in the SQL of the Java code (its string literals and text blocks, comments
 * left out; a few constructs in the Java code itself, such as the PostgreSQL driver's COPY API). A construct
 * the code uses must have its own section in the document, headed {@code ### `id`}; and the table of where
 * each one is used, between the inventory markers, is drawn from the code.
 * <p>
 * When the SQL changes, run {@code ./mvnw test -Dtest=SqlDialectInventoryTests -Dduban.xinchuang.write=true}
 * and commit the document; a construct new to the code also needs its section written by hand.
 */
class SqlDialectInventoryTests {

    static final Path DOC = Path.of("docs/xinchuang.md");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path JAVA = Path.of("src/main/java");
    static final String START = "<!-- sql-inventory:start -->";
    static final String END = "<!-- sql-inventory:end -->";

    /** Where a construct is looked for: SQL (migrations and the Java code's literals), or the Java code itself. */
    enum Scope {
        SQL, JAVA_CODE
    }

    record Construct(String id, String what, Scope scope, Pattern pattern) {

        Construct(String id, String what, String regex) {
            this(id, what, Scope.SQL, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }

        static Construct inCode(String id, String what, String regex) {
            return new Construct(id, what, Scope.JAVA_CODE, Pattern.compile(regex));
        }
    }

    /** What PostgreSQL has that another server may not, each as a pattern over the SQL text. */
    static final List<Construct> CONSTRUCTS = List.of(
            new Construct("plpgsql", "PL/pgSQL functions and DO blocks", "language\\s+plpgsql|\\bdo\\s+\\$\\$"),
            new Construct("sql-function", "functions created by the migrations", "\\bcreate\\s+(or\\s+replace\\s+)?function\\b"),
            new Construct("trigger", "triggers", "\\bcreate\\s+trigger\\b"),
            new Construct("execute-function", "EXECUTE FUNCTION in CREATE TRIGGER (PostgreSQL 11)", "\\bexecute\\s+function\\b"),
            new Construct("jsonb", "jsonb columns and casts", "\\bjsonb\\b"),
            new Construct("json-operators", "json operators (->>, ->, @>, <@, #>>)", "->>|->\\s*'|@>|<@|#>>"),
            new Construct("bytea", "bytea columns", "\\bbytea\\b"),
            new Construct("arrays", "arrays (array_agg, = any(...), typed arrays)",
                    "\\barray_agg\\s*\\(|=\\s*any\\s*\\(|\\barray\\s*\\[|\\bunnest\\s*\\(|\\barray_position\\s*\\(|::\\s*\\w+\\[\\]"),
            new Construct("on-conflict", "INSERT … ON CONFLICT … DO", "\\bon\\s+conflict\\b"),
            new Construct("distinct-on", "SELECT DISTINCT ON", "\\bdistinct\\s+on\\s*\\("),
            new Construct("aggregate-filter", "aggregate FILTER (WHERE …)", "\\bfilter\\s*\\(\\s*where\\b"),
            new Construct("make-date", "make_date / make_interval", "\\bmake_(date|interval)\\s*\\("),
            new Construct("generate-series", "generate_series", "\\bgenerate_series\\s*\\("),
            new Construct("trim-scale", "trim_scale (PostgreSQL 13)", "\\btrim_scale\\s*\\("),
            new Construct("string-agg", "string_agg", "\\bstring_agg\\s*\\("),
            new Construct("ilike", "ILIKE", "\\bilike\\b"),
            new Construct("regex-operator", "POSIX regular expression match (~)", "\\s~\\s*'"),
            new Construct("partial-index", "partial indexes (CREATE INDEX … WHERE)",
                    "\\bcreate\\s+(unique\\s+)?index\\b[^;]*\\)\\s*where\\b"),
            new Construct("hash-index", "hash indexes", "\\busing\\s+hash\\b"),
            new Construct("returning", "INSERT/UPDATE/DELETE … RETURNING", "\\breturning\\b"),
            new Construct("lateral", "LATERAL joins", "\\blateral\\b"),
            new Construct("interval", "interval literals and arithmetic", "\\binterval\\s*'"),
            new Construct("timestamptz", "timestamptz columns and values", "\\btimestamptz\\b|\\btimestamp\\s+with\\s+time\\s+zone\\b"),
            new Construct("infinity", "'infinity' as a timestamp", "'infinity'"),
            new Construct("time-zone", "AT TIME ZONE / SET TIME ZONE", "\\b(at|set)\\s+time\\s+zone\\b"),
            new Construct("date-functions", "date_trunc, extract(isodow …)", "\\bdate_trunc\\s*\\(|\\bisodow\\b"),
            new Construct("bigserial", "bigserial columns (sequences)", "\\bbigserial\\b"),
            new Construct("setval", "setting sequences (setval)", "\\bsetval\\s*\\("),
            new Construct("copy", "COPY … TO STDOUT / FROM STDIN", "\\bto\\s+stdout\\b|\\bfrom\\s+stdin\\b"),
            Construct.inCode("pgjdbc-api", "the PostgreSQL JDBC driver's own API (CopyManager, PGConnection)",
                    "\\borg\\.postgresql\\.(copy|PGConnection|core|util)"),
            new Construct("advisory-lock", "advisory locks", "\\bpg_(try_)?advisory(_xact)?_lock(_shared)?\\s*\\("),
            new Construct("skip-locked", "FOR UPDATE SKIP LOCKED", "\\bskip\\s+locked\\b"),
            new Construct("system-catalogs", "system catalogs and reg* casts (pg_class, ::regclass …)",
                    "\\bpg_(class|attribute|index|constraint|namespace|proc|roles|depend)\\b|::\\s*reg(class|namespace|procedure)\\b"),
            new Construct("server-settings", "server settings read or set (data_checksums, jit, pg_reload_conf)",
                    "\\bdata_checksums\\b|\\bjit\\s*=|\\bpg_reload_conf\\s*\\("),
            new Construct("spring-session", "Spring Session JDBC's tables", "\\bspring_session(_attributes)?\\b"),
            new Construct("event-publication", "Spring Modulith's event_publication table", "\\bevent_publication\\b"),
            Construct.inCode("zonky", "the embedded PostgreSQL server (zonky)", "\\bio\\.zonky\\."));

    @Test
    void everyPostgresqlConstructTheCodeUsesIsInTheDocument() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("%s has an inventory between %s and %s", DOC, START, END).isNotNegative();
        assertThat(end).isGreaterThan(start);
        Map<String, Map<String, Integer>> used = usage();
        String drawn = table(used);
        if (Boolean.getBoolean("duban.xinchuang.write")) {
            doc = doc.substring(0, start + START.length()) + drawn + doc.substring(end);
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }
        String handWritten = doc.substring(0, doc.indexOf(START)) + doc.substring(doc.indexOf(END));
        assertThat(missing(used, handWritten)).as("constructs the code uses with no section (### `id`) in %s", DOC).isEmpty();
        assertThat(doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END)))
                .as("%s inventory (regenerate with -Dduban.xinchuang.write=true)", DOC).isEqualTo(drawn);
    }

    /** The check above can fail: a construct used in a file but without a section is named, one with a section is not. */
    @Test
    void aConstructTheDocumentDoesNotListIsCaught() {
        String java = """
                class Queue {
                    // for update skip locked, in a comment only: not SQL
                    String claim = \"""
                            select id from delivery order by id limit 20 for update skip locked\""";
                    String upsert = "insert into t (a) values (1) on conflict (a) do nothing";
                }
                """;
        Map<String, Map<String, Integer>> used = new TreeMap<>();
        scan("Queue.java", sqlOfJava(java), java, used);
        assertThat(used).containsOnlyKeys("skip-locked", "on-conflict");
        assertThat(used.get("skip-locked")).containsEntry("Queue.java", 1);
        String doc = "### `on-conflict` INSERT … ON CONFLICT\nKingbaseES: yes.\n";
        assertThat(missing(used, doc)).containsExactly("skip-locked");
        assertThat(missing(used, doc + "### `skip-locked` FOR UPDATE SKIP LOCKED\n")).isEmpty();
        assertThat(sqlOfJava("// select distinct on (a) a from t\n/* make_date(1, 2, 3) */ int x = 1;")).isBlank();
        assertThat(sqlOfSql("-- on conflict in a comment\nselect 1;")).doesNotContain("conflict");
    }

    /** The ids of constructs used somewhere that have no {@code ### `id`} heading in the document. */
    static List<String> missing(Map<String, Map<String, Integer>> used, String doc) {
        List<String> missing = new ArrayList<>();
        for (String id : used.keySet()) {
            if (!Pattern.compile("(?m)^###\\s+`" + Pattern.quote(id) + "`").matcher(doc).find()) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** Construct id → file (relative to the project) → occurrences, for the constructs used at all. */
    static Map<String, Map<String, Integer>> usage() {
        Map<String, Map<String, Integer>> used = new TreeMap<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            scan(name(file), sqlOfSql(read(file)), "", used);
        }
        for (Path file : files(JAVA, ".java")) {
            String source = read(file);
            scan(name(file), sqlOfJava(source), source, used);
        }
        return used;
    }

    static void scan(String file, String sql, String code, Map<String, Map<String, Integer>> used) {
        for (Construct c : CONSTRUCTS) {
            Matcher m = c.pattern().matcher(c.scope() == Scope.SQL ? sql : code);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                used.computeIfAbsent(c.id(), k -> new TreeMap<>()).put(file, n);
            }
        }
    }

    /** The inventory as the document shows it: each construct with its occurrences and the files it is in. */
    static String table(Map<String, Map<String, Integer>> used) {
        StringBuilder out = new StringBuilder("\n\n| construct | what | occurrences | files | where |\n|---|---|---|---|---|\n");
        for (Construct c : CONSTRUCTS) {
            Map<String, Integer> files = used.getOrDefault(c.id(), Map.of());
            int total = files.values().stream().mapToInt(Integer::intValue).sum();
            out.append("| `").append(c.id()).append("` | ").append(c.what().replace("|", "\\|")).append(" | ").append(total)
                    .append(" | ").append(files.size()).append(" | ")
                    .append(files.isEmpty()
                            ? "not used"
                            : String.join(", ", files.entrySet().stream()
                                    .sorted(Map.Entry.comparingByKey(SqlDialectInventoryTests::byVersion))
                                    .map(e -> shortName(e.getKey()) + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList()))
                    .append(" |\n");
        }
        out.append("\nCounted by `SqlDialectInventoryTests`: migrations without their `--` comments, the Java code's string")
                .append(" literals and text blocks without its comments (`pgjdbc-api` and `zonky` in the Java code itself).\n\n");
        return out.toString();
    }

    /** Migrations in their order (V2 before V10), then the Java files by path. */
    private static int byVersion(String a, String b) {
        Matcher x = MIGRATION.matcher(a);
        Matcher y = MIGRATION.matcher(b);
        if (x.find() && y.find()) {
            return Integer.compare(Integer.parseInt(x.group(1)), Integer.parseInt(y.group(1)));
        }
        return a.compareTo(b);
    }

    private static final Pattern MIGRATION = Pattern.compile("/V(\\d+)__");

    /** A migration as `V7`, a Java file as its class name. */
    private static String shortName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        if (base.endsWith(".sql")) {
            return base.substring(0, base.indexOf("__"));
        }
        return base.substring(0, base.length() - ".java".length());
    }

    /** A migration's text without its line comments. */
    static String sqlOfSql(String sql) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (!quoted && ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
                continue;
            }
            if (ch == '\'') {
                quoted = !quoted;
            }
            out.append(ch);
        }
        return out.toString();
    }

    /** The string literals and text blocks of a Java source, each on its own line; comments and code left out. */
    static String sqlOfJava(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char ch = source.charAt(i);
            if (source.startsWith("//", i)) {
                int newline = source.indexOf('\n', i);
                i = newline < 0 ? n : newline + 1;
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int j = i + 3;
                StringBuilder text = new StringBuilder();
                while (j < n && !source.startsWith("\"\"\"", j)) {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(unescape(source.charAt(j + 1)));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                out.append(text).append('\n');
                i = j + 3;
            } else if (ch == '"') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (j < n && source.charAt(j) != '"' && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(unescape(source.charAt(j + 1)));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                out.append(text).append('\n');
                i = j + 1;
            } else if (ch == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n', 's' -> c == 'n' ? '\n' : ' ';
            case 't' -> '\t';
            default -> c;
        };
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return file.toString().replace('\\', '/');
    }
}
