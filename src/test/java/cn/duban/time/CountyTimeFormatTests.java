package cn.duban.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one formatter: a moment as the database hands it back (UTC) is written in the county's wall time. */
class CountyTimeFormatTests {

    /** 2026-12-04 02:21:09 in Beijing: the evening before in UTC. */
    private static final Instant AT = Instant.parse("2026-12-03T18:21:09Z");
    private static final CountyTime BEIJING = new CountyTime(Clock.fixed(AT, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));

    @Test
    void aMomentIsWrittenInTheCountysZoneWhateverOffsetItCarries() {
        OffsetDateTime fromDatabase = AT.atOffset(ZoneOffset.UTC);
        assertThat(BEIJING.day(fromDatabase)).isEqualTo("2026年12月4日");
        assertThat(BEIJING.date(fromDatabase)).isEqualTo("2026-12-04");
        assertThat(BEIJING.minute(fromDatabase)).isEqualTo("2026-12-04 02:21");
        assertThat(BEIJING.shortMinute(fromDatabase)).isEqualTo("12-04 02:21");
        assertThat(BEIJING.second(AT)).isEqualTo("2026-12-04 02:21:09");
        assertThat(BEIJING.monthDay(AT)).isEqualTo("12月4日");
        assertThat(BEIJING.month(AT)).isEqualTo("2026-12");
        assertThat(BEIJING.minute(AT.atZone(ZoneId.of("America/New_York")))).isEqualTo("2026-12-04 02:21");
        assertThat(BEIJING.at(fromDatabase)).hasToString("2026-12-04T02:21:09+08:00");
        assertThat(BEIJING.dateOf(fromDatabase)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void todayAndNowAreTheCountysWhateverTheClocksZone() {
        assertThat(BEIJING.today()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(BEIJING.year()).isEqualTo(2026);
        assertThat(BEIJING.now()).hasToString("2026-12-04T02:21:09+08:00");
        CountyTime newYear = new CountyTime(Clock.fixed(Instant.parse("2026-12-31T16:30:00Z"), ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
        assertThat(newYear.year()).as("00:30 on New Year's Day in Beijing").isEqualTo(2027);
    }

    @Test
    void aCalendarDayIsWrittenAsItIsAndNothingIsGuessed() {
        LocalDate due = LocalDate.of(2026, 11, 25);
        assertThat(BEIJING.day(due)).isEqualTo("2026年11月25日").isEqualTo(CountyTime.dayOf(due));
        assertThat(BEIJING.date(due)).isEqualTo("2026-11-25");
        assertThat(CountyTime.monthDayOf(due)).isEqualTo("11月25日");
        assertThat(BEIJING.minute(null)).isEmpty();
        assertThat(CountyTime.dayOf(null)).isEmpty();
        assertThatThrownBy(() -> BEIJING.minute(LocalDateTime.of(2026, 12, 4, 2, 21))).as("a wall time of no known zone")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BEIJING.minute(due)).as("a day has no time of day").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherCountysZone() {
        CountyTime urumqi = new CountyTime(Clock.fixed(AT, ZoneOffset.UTC), ZoneId.of("Asia/Urumqi"));
        assertThat(urumqi.minute(AT)).isEqualTo("2026-12-04 00:21");
        assertThat(urumqi.at(AT.atOffset(ZoneOffset.UTC))).hasToString("2026-12-04T00:21:09+06:00");
    }
}
