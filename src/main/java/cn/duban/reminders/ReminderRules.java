package cn.duban.reminders;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Everyone who works the ledger reads his own notifications; the office keeps the contacts they are
 * sent to. Among no other module's paths.
 */
@Component
@Order(50)
class ReminderRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/notifications/contacts", "/notifications/contacts/**").hasRole("SUPERVISOR")
                .requestMatchers("/api/notifications/contacts", "/api/notifications/contacts/**").hasRole("SUPERVISOR")
                .requestMatchers("/notifications", "/notifications/**", "/api/notifications", "/api/notifications/**")
                .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER");
    }
}
