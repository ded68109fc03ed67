package cn.duban.messaging;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The light app's way in needs no sign-in (it is the sign-in); the directory's import is the organisation tree's
 * (the office and the administrator), before the organisation module's own {@code /organisations/**}.
 */
@Component
@Order(40)
class MessagingRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/dingtalk", "/dingtalk/sign-in").permitAll()
                .requestMatchers(HttpMethod.POST, "/organisations/dingtalk", "/api/organisations/dingtalk")
                .hasAnyRole("SUPERVISOR", "ADMIN");
    }
}
