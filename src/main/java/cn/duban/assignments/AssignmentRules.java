package cn.duban.assignments;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The office's paperwork: leaders write 批示, the office 交办s and decides, lead units act. Before the
 * ledger and progress: pressing a task lies among the ledger's {@code /tasks/**}, urging a period
 * among progress's {@code /api/periods/**}.
 */
@Component
@Order(10)
class AssignmentRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/tasks/*/press", "/api/tasks/*/press", "/api/periods/*/urge").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.GET, "/api/periods/*/reporting-overview").hasAnyRole("SUPERVISOR", "LEADER")
                .requestMatchers(HttpMethod.POST, "/instructions", "/api/instructions").hasRole("LEADER")
                .requestMatchers(HttpMethod.GET, "/instructions/new", "/leader", "/api/leader/**").hasRole("LEADER")
                .requestMatchers(HttpMethod.POST, "/instructions/*/assign", "/api/instructions/*/assignments", "/assignments",
                        "/api/assignments", "/assignments/*/close", "/assignments/*/return", "/api/assignments/*/close",
                        "/api/assignments/*/return", "/extensions/*/approve", "/extensions/*/refuse",
                        "/api/extensions/*/approve", "/api/extensions/*/refuse")
                .hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/assignments/*/sign", "/assignments/*/progress", "/assignments/*/closing",
                        "/api/assignments/*/sign", "/api/assignments/*/progress", "/api/assignments/*/closing")
                .hasAnyRole("LIAISON", "UNIT_HEAD")
                // A lead unit asks to extend its task; an office, a task assigned to it from above.
                .requestMatchers(HttpMethod.POST, "/extensions", "/api/extensions").hasAnyRole("LIAISON", "UNIT_HEAD", "SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/urging/**").hasRole("SUPERVISOR")
                .requestMatchers("/instructions/**", "/api/instructions", "/api/instructions/**", "/urging")
                .hasAnyRole("SUPERVISOR", "LEADER")
                .requestMatchers("/notices/**", "/assignments", "/assignments/**", "/api/assignments", "/api/assignments/**",
                        "/extensions", "/extensions/**", "/api/extensions", "/api/extensions/**")
                .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER");
    }
}
