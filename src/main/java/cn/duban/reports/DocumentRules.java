package cn.duban.reports;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The office generates the period's documents; leaders read them. Before progress: a period's
 * documents and ledger lie among its {@code /api/periods/**}.
 */
@Component
@Order(10)
class DocumentRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/documents", "/documents/**", "/api/periods/*/documents").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.GET, "/api/periods/*/ledger", "/api/periods/*/documents").hasAnyRole("SUPERVISOR", "LEADER")
                .requestMatchers("/documents", "/documents/**").hasAnyRole("SUPERVISOR", "LEADER");
    }
}
