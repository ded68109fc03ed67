package cn.duban;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: real time until a test sets a day, so periods, deadlines
 * and reminders can be tested on the dates they are about. Tests that set it reset it.
 */
@Component
@Primary
public class TestClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    public void set(LocalDate day) {
        fixed = day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    /** A moment in the county's wall time, such as 23:30 Beijing time on a due day. */
    public void set(LocalDateTime countyTime) {
        fixed = countyTime.atZone(ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
