package cn.duban.levels;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Across levels: offices hand tasks on and sign for them; leaders read the roll-ups. Its paths lie
 * among no other module's, so it comes with the last.
 */
@Component
@Order(50)
class LevelRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/levels/**", "/api/levels/**").hasRole("SUPERVISOR")
                .requestMatchers(HttpMethod.GET, "/levels/tasks/*/assign", "/levels/tasks/*/split", "/levels/plans/*/assign")
                .hasRole("SUPERVISOR")
                .requestMatchers("/levels", "/levels/**", "/api/levels", "/api/levels/**").hasAnyRole("SUPERVISOR", "LEADER");
    }
}
