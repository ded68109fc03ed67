package cn.duban.system;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Backups are the system administrator's. Among no other module's paths. */
@Component
@Order(50)
class SystemRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/backups", "/api/admin/backups").hasRole("ADMIN")
                // The API's description (springdoc's pages) is for the office that integrates and the system administrator.
                .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .hasAnyRole("SUPERVISOR", "ADMIN");
    }
}
