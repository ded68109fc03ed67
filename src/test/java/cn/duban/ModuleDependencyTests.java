package cn.duban;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which feature packages may use which. The reader (extract) is a library and uses none; the
 * ledger sits on organisations, security, audit and the reader; system (start-up, errors) may
 * use everything and nothing uses it. A new dependency fails here until it is a decision.
 */
class ModuleDependencyTests {

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("extract", Set.<String>of()),
            Map.entry("files", Set.<String>of()),
            Map.entry("progress", Set.of("audit", "files", "security")),
            Map.entry("audit", Set.of("security")),
            // org and security know each other: a user belongs to a unit, a unit's pages need the user's role.
            Map.entry("org", Set.of("audit", "security")),
            Map.entry("security", Set.of("audit", "org")),
            Map.entry("ledger", Set.of("audit", "extract", "org", "security")),
            Map.entry("reminders", Set.of("audit", "org", "progress", "security")),
            Map.entry("supervision", Set.of("audit", "files", "ledger", "org", "security")),
            Map.entry("reports", Set.of("audit", "files", "ledger", "org", "progress", "security", "supervision")),
            Map.entry("system", Set.of("extract", "files", "ledger", "org", "progress", "reminders", "reports", "security",
                    "supervision")));

    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?cn\\.duban\\.([a-z]+)\\.");

    @Test
    void packagesUseOnlyWhatTheyMay() throws IOException {
        Map<String, Set<String>> actual = new TreeMap<>();
        Path root = Path.of("src/main/java/cn/duban");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(f);
                if (relative.getNameCount() < 2) {
                    continue; // DubanApplication
                }
                String module = relative.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(module)) {
                        actual.computeIfAbsent(module, k -> new TreeSet<>()).add(m.group(1));
                    }
                }
                // Same-package references need no import; fully qualified names do.
                Matcher q = Pattern.compile("cn\\.duban\\.([a-z]+)\\.[A-Z]").matcher(Files.readString(f));
                while (q.find()) {
                    if (!q.group(1).equals(module)) {
                        actual.computeIfAbsent(module, k -> new TreeSet<>()).add(q.group(1));
                    }
                }
            }
        }
        assertThat(ALLOWED.keySet()).containsAll(actual.keySet());
        actual.forEach((module, uses) -> assertThat(ALLOWED.get(module)).as("%s may use", module).containsAll(uses));
    }
}
