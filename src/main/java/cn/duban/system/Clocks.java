package cn.duban.system;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Dates are the county's dates: periods, deadlines and reminders turn over at the county's midnight
 * (the clock itself is cn.duban.time's). Scheduling is on for the reminder job
 * (duban.reminders.enabled turns the job itself off).
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    /** Off (duban.scheduling=false) for the backup and restore commands, which must not send reminders or seal while they work. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "duban.scheduling", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    static class Scheduling {
    }

    /** "不能早于今天" in a form means the county's today, the one the rest of Duban counts by. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
