package cn.duban.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The county's time, whatever the server's zone: "today", "now", the county's date of a moment,
 * and the formats people and documents read ({@code ${@time.minute(x)}} in a page). The database
 * hands timestamps back in UTC and the JVM may run in any zone, so every moment is turned into the
 * county's wall time here, and only here, before it is written for a person: a report approved at
 * 00:30 on the 26th Beijing time is on the 26th on every page, in every document and every export.
 * <p>
 * The moment formats take an {@link OffsetDateTime}, {@link ZonedDateTime} or {@link Instant}
 * (converted to the county's zone first) or a {@link LocalDate} (a calendar day, written as is);
 * {@code null} is written as "". A {@link LocalDateTime} carries no zone and is refused.
 */
@Component("time")
public class CountyTime {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT_MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Clock clock;
    private final ZoneId zone;

    public CountyTime(Clock clock, @Value("${duban.zone:" + TimeConfiguration.DEFAULT_ZONE + "}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** The time of a process that runs without Spring (the extract command): the real clock, in {@code duban.zone}. */
    public static CountyTime standalone() {
        ZoneId zone = ZoneId.of(System.getProperty("duban.zone", TimeConfiguration.DEFAULT_ZONE));
        return new CountyTime(Clock.system(zone), zone);
    }

    /** The county's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Now, as an instant: for stamps and elapsed time. */
    public Instant instant() {
        return clock.instant();
    }

    /** Now at the county's offset: what a person there would read on the wall. */
    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), zone);
    }

    /** The county's today: periods, due days and deadlines turn over at its midnight. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The county's year today: the year a 文号 or a 通报's 期数 counts in. */
    public int year() {
        return today().getYear();
    }

    /** The county's calendar day of a moment (a day is returned as it is). */
    public LocalDate dateOf(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        return wall(t).toLocalDate();
    }

    /** The same moment at the county's offset (how JSON writes it), or null. */
    public OffsetDateTime at(Temporal t) {
        return t == null ? null : zoned(t).toOffsetDateTime();
    }

    /** 2026年12月4日: a day as 公文 and sentences write it. */
    public String day(Temporal t) {
        return t == null ? "" : DAY.format(dateOf(t));
    }

    /** 12月4日: a day of the current year in a sentence. */
    public String monthDay(Temporal t) {
        return t == null ? "" : MONTH_DAY.format(dateOf(t));
    }

    /** 2026-12-04: a day in a table or a form. */
    public String date(Temporal t) {
        return t == null ? "" : DATE.format(dateOf(t));
    }

    /** 2026-12: a month, as a month field holds it. */
    public String month(Temporal t) {
        return t == null ? "" : MONTH.format(dateOf(t));
    }

    /** 2026-12-04 02:21: a moment in a table. */
    public String minute(Temporal t) {
        return t == null ? "" : MINUTE.format(wall(t));
    }

    /** 12-04 02:21: a moment of these days, where room is short. */
    public String shortMinute(Temporal t) {
        return t == null ? "" : SHORT_MINUTE.format(wall(t));
    }

    /** 2026-12-04 02:21:09: a moment to the second (the audit log, backups). */
    public String second(Temporal t) {
        return t == null ? "" : SECOND.format(wall(t));
    }

    /** 2026年12月4日 for a calendar day, where no zone is needed (a deadline, a period's due day). */
    public static String dayOf(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** 12月4日 for a calendar day. */
    public static String monthDayOf(LocalDate d) {
        return d == null ? "" : MONTH_DAY.format(d);
    }

    private LocalDateTime wall(Temporal t) {
        return zoned(t).toLocalDateTime();
    }

    private ZonedDateTime zoned(Temporal t) {
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (t instanceof Instant i) {
            return i.atZone(zone);
        }
        // A LocalDateTime (or a LocalDate asked for a time) names no moment: which zone it meant is unknown.
        throw new IllegalArgumentException("不是带时区的时间：" + t.getClass().getSimpleName());
    }
}
