package cn.duban.extract;

import cn.duban.security.AccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** After the ledger, whose corrections of the reader's proposals lie among these paths. */
@Component
@Order(40)
class ExtractRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // Reading documents is part of importing plans, and costs memory: the office only.
        requests.requestMatchers("/extract", "/extract/**", "/api/extractions", "/api/extractions/**").hasRole("SUPERVISOR");
    }
}
