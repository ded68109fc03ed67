package cn.duban.audit.web;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail is the auditor's alone. Among no other module's paths. */
@Component
@Order(50)
class AuditRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/audit", "/audit/**", "/api/audit", "/api/audit/**").hasRole("AUDITOR");
    }
}
