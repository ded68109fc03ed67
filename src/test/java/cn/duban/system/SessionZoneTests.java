package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Each connection's session zone follows duban.zone, so {@code approved_at::date} is the county's date. */
class SessionZoneTests {

    @Test
    void theSessionTakesTheCountysZone() {
        assertThat(DatabaseConfiguration.setTimeZone(ZoneId.of("Asia/Shanghai"))).isEqualTo("set time zone 'Asia/Shanghai'");
        assertThat(DatabaseConfiguration.setTimeZone(ZoneId.of("+08:00")))
                .as("PostgreSQL reads '+08:00' as POSIX, eight hours west: an interval says east")
                .isEqualTo("set time zone interval '+08:00' hour to minute");
        assertThat(DatabaseConfiguration.setTimeZone(ZoneId.of("UTC"))).isEqualTo("set time zone interval '+00:00' hour to minute");
    }
}
