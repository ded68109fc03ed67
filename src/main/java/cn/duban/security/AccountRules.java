package cn.duban.security;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * 三权分立: the administrator keeps accounts, the security administrator grants roles (each endpoint
 * checks it again). Every account's own page ({@code /account}, {@code /password}) needs only its
 * sign-in. Among no other module's paths.
 */
@Component
@Order(50)
class AccountRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/users/*/role", "/users/*/second-factor/reset").hasRole("SECURITY_ADMIN")
                // Which identity at the province's identity service signs in as which account: the security administrator.
                .requestMatchers("/security/identities", "/security/identities/**", "/api/security/identities",
                        "/api/security/identities/**")
                .hasRole("SECURITY_ADMIN")
                // What the administrator asks, another confirms (AccountRequests checks who).
                .requestMatchers(HttpMethod.POST, "/users/requests/*/confirm", "/users/requests/*/refuse",
                        "/api/account-requests/*/confirm", "/api/account-requests/*/refuse")
                .hasAnyRole("SECURITY_ADMIN", "AUDITOR")
                .requestMatchers(HttpMethod.GET, "/users", "/api/account-requests").hasAnyRole("ADMIN", "SECURITY_ADMIN", "AUDITOR")
                .requestMatchers(HttpMethod.PUT, "/api/users/*/role").hasRole("SECURITY_ADMIN")
                .requestMatchers(HttpMethod.GET, "/users", "/api/users").hasAnyRole("ADMIN", "SECURITY_ADMIN")
                .requestMatchers("/users", "/users/**", "/api/users", "/api/users/**").hasRole("ADMIN");
    }
}
