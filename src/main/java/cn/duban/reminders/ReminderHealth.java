package cn.duban.reminders;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The reminder job's part of the health check: when it last ran and whether it failed. DOWN
 * when its last run failed or it has not run for three of its intervals (a stuck scheduler
 * sends no 催办), UP otherwise — and UP while it waits for its first run or is switched off.
 */
@Component("reminderJobHealthIndicator")
class ReminderHealth implements HealthIndicator {

    private final ReminderJob job;
    private final Duration every;
    /** Real elapsed time, as the job records it (ReminderJob.WALL). */
    private final Instant started = ReminderJob.WALL.instant();

    ReminderHealth(ReminderJob job, @Value("${duban.reminders.every:PT10M}") Duration every) {
        this.job = job;
        this.every = every;
    }

    @Override
    public Health health() {
        if (!job.enabled()) {
            return Health.up().withDetail("reminders", "disabled").build();
        }
        Instant last = job.lastRun();
        Duration late = every.multipliedBy(3);
        if (last == null) {
            return (ReminderJob.WALL.instant().isAfter(started.plus(late)) ? Health.down() : Health.up())
                    .withDetail("lastRun", "not yet").build();
        }
        if (job.lastFailure() != null) {
            return Health.down().withDetail("lastRun", last.toString()).withDetail("failure", job.lastFailure()).build();
        }
        return (ReminderJob.WALL.instant().isAfter(last.plus(late)) ? Health.down() : Health.up()).withDetail("lastRun", last.toString())
                .build();
    }
}
