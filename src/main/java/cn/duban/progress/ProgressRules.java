package cn.duban.progress;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The progress cycle: each step of a report's flow belongs to one role. Before the ledger: a plan's
 * reporting rule and close-out lie among its {@code /plans/**}. Periods are progress's; what other
 * modules serve under them (documents, urging) those declare before it.
 */
@Component
@Order(20)
class ProgressRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/progress/tasks/*/close", "/progress/tasks/*/return-closing",
                "/api/progress/tasks/*/close").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/progress/tasks/*/sign", "/progress/tasks/*/closing",
                        "/api/progress/tasks/*/sign", "/api/progress/tasks/*/closing")
                .hasAnyRole("LIAISON", "UNIT_HEAD")
                .requestMatchers("/task-list", "/task-list/**", "/api/task-list", "/api/task-list/**")
                .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                .requestMatchers(HttpMethod.POST, "/reports/open", "/api/reports/open", "/reports/*/evidence",
                        "/api/reports/*/submit", "/reports/*/document", "/api/reports/*/document")
                // The unit's liaison fills its report; the office may fill it on the unit's behalf (ReportAccess.forFiller).
                .hasAnyRole("LIAISON", "SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/reports/*").hasAnyRole("LIAISON", "SUPERVISOR")
                .requestMatchers(HttpMethod.PUT, "/api/reports/*").hasAnyRole("LIAISON", "SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/reports/*/approve", "/api/reports/*/approve").hasRole("UNIT_HEAD")
                .requestMatchers(HttpMethod.POST, "/reports/*/accept", "/api/reports/*/accept").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/reports/*/return", "/api/reports/*/return").hasAnyRole("UNIT_HEAD", "SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/reports/*/correct", "/api/reports/*/corrections").hasAnyRole("LIAISON", "SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/plans/*/reporting", "/periods/**", "/api/periods/**", "/plans/*/close-out",
                        "/api/plans/*/close-out")
                .hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.PUT, "/api/plans/*/reporting").hasRole("SUPERVISOR")
                // Whoever reads the plan reads how it reports and how it closed.
                .requestMatchers(HttpMethod.GET, "/plans/*/reporting", "/api/plans/*/reporting", "/plans/*/close-out",
                        "/api/plans/*/close-out")
                .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                .requestMatchers("/dashboard", "/ranking", "/api/dashboard", "/api/periods/**").hasAnyRole("SUPERVISOR", "LEADER")
                .requestMatchers("/reports", "/reports/**", "/api/reports", "/api/reports/**", "/evidence/**", "/progress/**")
                .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER");
    }
}
