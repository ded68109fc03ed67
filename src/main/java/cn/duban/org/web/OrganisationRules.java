package cn.duban.org.web;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The office keeps the units of its area, the administrator the whole tree. Among no other module's paths. */
@Component
@Order(50)
class OrganisationRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/organisations", "/organisations/**", "/api/organisations", "/api/organisations/**")
                .hasAnyRole("SUPERVISOR", "ADMIN");
    }
}
