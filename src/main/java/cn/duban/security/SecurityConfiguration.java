package cn.duban.security;

import cn.duban.audit.Refusals;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login for the browser with a second factor where the role requires it (or the user chose
 * one); API clients by token (HTTP Basic only for accounts without a second factor); BCrypt;
 * 5 failures lock an account for 30 minutes; an initial password must be changed before anything
 * else; CSRF on every form and htmx request (API calls that carry their own credentials and no
 * session are exempt). Who may reach which page each module says itself ({@link AccessRules}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final int MAX_SESSIONS = 5;

    /** Only where there is a web server: the backup and restore commands start Duban without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain filters(HttpSecurity http, ObjectProvider<AccessRules> modules, UserAccounts accounts, ApiTokens tokens,
            SecondFactor secondFactor, SessionRegistry sessionRegistry, Refusals refusals, SignIns signIns, SsoSettings sso,
            SsoRegistrations ssoRegistrations, SsoSignIn ssoSignIn,
            @Value("${duban.security.password-api-until-enrolled:false}") boolean passwordApiUntilEnrolled,
            @Value("${duban.security.password-max-age-days:90}") int passwordMaxAgeDays, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/sso/*").permitAll();
            modules.orderedStream().forEach(module -> module.authorize(auth));
            // What no module names, such as every account's own pages, needs only a sign-in.
            auth.anyRequest().authenticated();
        })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailures.Form()).permitAll())
                .httpBasic(basic -> basic.realmName("duban"))
                // Pages load only what Duban serves (scripts with a nonce: ContentSecurityPolicy); no framing, no
                // referrer to other sites, no device APIs.
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
                // At most five sessions per person: a sixth sign-in ends the oldest.
                // Counted across every node: the registry reads the sessions table by principal name.
                .sessionManagement(sessions -> sessions.maximumSessions(MAX_SESSIONS).sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                // Signing out of a single sign-on session also signs out at the provider, where it offers that.
                .logout(logout -> logout.addLogoutHandler(ssoSignIn).logoutSuccessHandler(ssoSignIn))
                // Only a request that really authenticates itself by Basic and carries no session is exempt:
                // a stray Authorization header beside a session cookie is no credential.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> FactorFilters.withoutSession(request, "Basic ", "Bearer ")))
                // The API answers 401 with a Basic challenge; every page sends the browser to the login form.
                // A missing or wrong CSRF token is a refusal the auditor sees (role refusals: SecurityAudit).
                .exceptionHandling(e -> e
                        .accessDeniedHandler(new LoginFailures.CsrfRefusals(refusals))
                        .defaultAuthenticationEntryPointFor(new BasicAuthenticationEntryPoint() {
                            {
                                setRealmName("duban");
                            }
                        }, request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
                .addFilterBefore(new GuardedLogin.AddressLimit(accounts, refusals), UsernamePasswordAuthenticationFilter.class)
                // A program's token; a password by Basic only where no second factor is due; a session only
                // once its second factor is passed; then a password that must be changed.
                .addFilterBefore(new FactorFilters.Bearer(tokens, refusals, signIns, clock), BasicAuthenticationFilter.class)
                .addFilterAfter(new FactorFilters.BasicPolicy(secondFactor, passwordApiUntilEnrolled, refusals, signIns),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new GuardedLogin.SessionStamp(accounts), FactorFilters.BasicPolicy.class)
                .addFilterAfter(new FactorFilters.Gate(secondFactor, refusals), GuardedLogin.SessionStamp.class)
                .addFilterAfter(new InitialPasswordFilter(Duration.ofDays(passwordMaxAgeDays), clock), FactorFilters.Gate.class);
        if (sso.enabled()) {
            // 统一身份认证 (OpenID Connect): the provider says who; the linked Duban account is who signs in (SsoSignIn).
            http.oauth2Login(login -> login.loginPage("/login").clientRegistrationRepository(ssoRegistrations)
                    .successHandler(ssoSignIn).failureHandler(ssoSignIn));
        }
        return http.build();
    }
}
