package cn.duban.assessment;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** 考核: the office keeps the scheme and its items; leaders read the scores. Among no other module's paths. */
@Component
@Order(50)
class AssessmentRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/assessment/**", "/api/assessment/**").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.PUT, "/api/assessment/**").hasRole("SUPERVISOR")
                .requestMatchers("/assessment", "/assessment/**", "/api/assessment", "/api/assessment/**")
                .hasAnyRole("SUPERVISOR", "LEADER");
    }
}
