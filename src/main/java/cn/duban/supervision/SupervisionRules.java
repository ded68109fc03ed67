package cn.duban.supervision;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Supervision: the office records and decides, units report their rectification. Among no other module's paths. */
@Component
@Order(50)
class SupervisionRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/inspections/new").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/inspections", "/inspections/**", "/api/inspections", "/api/inspections/**",
                        "/rectifications/*/close", "/rectifications/*/return", "/api/rectifications/*/close",
                        "/api/rectifications/*/return")
                .hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.POST, "/rectifications/*/report", "/api/rectifications/*/reports")
                .hasAnyRole("LIAISON", "UNIT_HEAD")
                .requestMatchers("/inspections", "/inspections/**", "/api/inspections", "/api/inspections/**", "/problems",
                        "/api/problems", "/api/rectifications/rates")
                .hasAnyRole("SUPERVISOR", "LEADER")
                .requestMatchers("/rectifications", "/rectifications/**", "/api/rectifications", "/api/rectifications/**",
                        "/supervision-files/**")
                .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER");
    }
}
