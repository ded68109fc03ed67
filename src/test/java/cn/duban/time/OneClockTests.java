package cn.duban.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, item 5: one clock and one formatter. Outside the time module no code asks the JVM for
 * the time or its zone ({@code LocalDate.now()} is the server's date, not the county's;
 * {@code Year.now(ZoneId.of(…))} reads the system clock past the one tests set; a call that passes
 * the injected clock, {@code LocalDate.now(clock)}, is fine), and no page formats a
 * date or time itself ({@code #temporals.format} prints a timestamp in the zone it came from the
 * database in, UTC): pages go through {@code @time}.
 */
class OneClockTests {

    private static final Pattern WALL_CLOCK = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|OffsetDateTime|ZonedDateTime|Instant|Year|YearMonth|MonthDay)\\.now\\("
                    + "\\s*(?:\\)|(?:java\\.time\\.)?Zone(?:Id|Offset)\\.)"
                    + "|\\bZoneId\\.systemDefault\\(\\)|\\bTimeZone\\.getDefault\\(\\)|\\bClock\\.systemDefaultZone\\(\\)"
                    + "|\\bSystem\\.currentTimeMillis\\(\\)");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern TEMPLATE_TIME = Pattern.compile("#(?:temporals|dates|calendars)\\.");

    @Test
    void noCodeOutsideTheTimeModuleReadsTheServersClockOrZone() throws IOException {
        List<String> found = new ArrayList<>();
        Path time = Path.of("src/main/java/cn/duban/time");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(time)).toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                // Comments may name what they avoid; blank them, keeping line numbers.
                Matcher c = COMMENTS.matcher(code);
                StringBuilder stripped = new StringBuilder();
                while (c.find()) {
                    c.appendReplacement(stripped, Matcher.quoteReplacement(c.group().replaceAll("[^\\n]", " ")));
                }
                c.appendTail(stripped);
                Matcher m = WALL_CLOCK.matcher(stripped);
                while (m.find()) {
                    found.add(f + ":" + line(stripped, m.start()) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("take the time from cn.duban.time.CountyTime (or the injected Clock)").isEmpty();
    }

    /** SQL's own {@code now()}, not a Java call such as {@code time.now()}. */
    private static final Pattern SQL_NOW = Pattern.compile("(?<![.\\w])now\\(\\)");

    /**
     * A step of the work (a report sent, approved or accepted, a task signed or closed, a period frozen, a 整改 closed,
     * work handed on) is stamped with the county's clock, as its deadlines are judged by it — never the database's
     * {@code now()}, which a test's clock (or a database server whose clock drifts) would contradict. Operational stamps
     * (sign-ins, tokens, reminder deliveries, backups) measure real elapsed time and keep the database's.
     */
    @Test
    void noStepOfTheWorkIsStampedByTheDatabasesClock() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : List.of("ledger", "progress", "supervision", "assessment", "assignments", "reports", "extract")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/duban", module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = COMMENTS.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
                    Matcher m = SQL_NOW.matcher(code);
                    while (m.find()) {
                        found.add(f + ": " + code.substring(Math.max(0, m.start() - 40), m.end()).replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(found).as("stamp steps with :now bound to CountyTime.now()").isEmpty();
    }

    @Test
    void noPageFormatsATimeItself() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String page = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = TEMPLATE_TIME.matcher(page);
                while (m.find()) {
                    found.add(f + ":" + line(page, m.start()));
                }
            }
        }
        assertThat(found).as("format dates and times with @time (the county's zone)").isEmpty();
    }

    private static int line(CharSequence text, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
