package cn.duban.time;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

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
