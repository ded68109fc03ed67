package cn.duban.reminders;

import cn.duban.progress.ReportingPeriods;
import cn.duban.progress.Standings;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The reminder job, every ten minutes: bring standings up to today, decide today's reminders,
 * send what is queued. Everything it knows is in the database, so a restart resumes where it
 * was, and a second instance running the same job neither duplicates a reminder nor sends one twice.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Standings standings;
    private final ReportingPeriods periods;
    private final Reminders reminders;
    private final Deliveries deliveries;
    private final boolean enabled;

    ReminderJob(Standings standings, ReportingPeriods periods, Reminders reminders, Deliveries deliveries,
            @Value("${duban.reminders.enabled:true}") boolean enabled) {
        this.standings = standings;
        this.periods = periods;
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.enabled = enabled;
    }

    public record Run(int plansRefreshed, int created, int sent) {
    }

    /**
     * The scheduler's own wall clock, not the county's (CountyTime): the health check asks whether
     * this job has run in the last half hour of real time, and a clock a test or a demo moves to
     * another day must not make a running job look stuck. Elapsed time only; no date is read from it.
     */
    static final Clock WALL = Clock.systemUTC();

    /** When the job last finished, and whether it succeeded: what the health check reports. */
    private volatile Instant lastRun;
    private volatile String lastFailure;

    Instant lastRun() {
        return lastRun;
    }

    String lastFailure() {
        return lastFailure;
    }

    boolean enabled() {
        return enabled;
    }

    @Scheduled(initialDelayString = "${duban.reminders.first:PT20S}", fixedDelayString = "${duban.reminders.every:PT10M}")
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            Run run = runOnce();
            lastRun = WALL.instant();
            lastFailure = null;
            if (run.created() > 0 || run.sent() > 0) {
                log.info("提醒任务：刷新 {} 个计划，新增提醒 {} 条，发送 {} 条", run.plansRefreshed(), run.created(), run.sent());
            }
        } catch (RuntimeException e) {
            lastRun = WALL.instant();
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("提醒任务失败，下次运行时重试", e);
        }
    }

    /**
     * At the county's midnight (Beijing time) a due date passes and a day of time elapses for every plan: the
     * standings turn over within seconds, not at the next ten-minute run.
     */
    @Scheduled(cron = "${duban.reminders.midnight:5 0 0 * * *}", zone = "${duban.zone:Asia/Shanghai}")
    void atMidnight() {
        scheduled();
    }

    public Run runOnce() {
        var stale = standings.stalePlans();
        stale.forEach(standings::refresh);
        int created = reminders.decide(periods.today());
        return new Run(stale.size(), created, deliveries.sendPending());
    }
}
