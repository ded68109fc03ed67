package cn.duban.security;

import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;


/**
 * Form login for the browser with a second factor where the role requires it (or the user chose
 * one); API clients by token (HTTP Basic only for accounts without a second factor); BCrypt;
 * 5 failures lock an account for 30 minutes; an initial password must be changed before anything
 * else; CSRF on every form and htmx request (API calls that carry their own credentials and no
 * session are exempt).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final int MAX_SESSIONS = 5;

    /** Tells the session registry when a session ends, so ended sessions do not count against the limit. */
    @Bean
    org.springframework.security.web.session.HttpSessionEventPublisher sessionEvents() {
        return new org.springframework.security.web.session.HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(UserAccounts accounts, java.time.Clock clock) {
        return username -> accounts.find(username)
                .map(a -> new DubanUser(a, accounts.passwordHash(username).orElseThrow(), clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }

    /** The one way a password is checked, for the form and for Basic alike. */
    @Bean
    org.springframework.security.authentication.AuthenticationProvider guardedLogin(UserDetailsService users,
                                                                                  PasswordEncoder encoder, UserAccounts accounts,
                                                                                  SecondFactor secondFactor) {
        return new GuardedLogin.Provider(users, encoder, accounts, secondFactor);
    }

    /**
     * Health and Prometheus metrics for the operators' monitoring: served on the management port
     * only (its own port, bound to the loopback address unless configured otherwise), read-only,
     * without the site's sign-in. The site's own port does not serve them.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher(org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest.to("health", "prometheus"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Who is signed in where, from the shared sessions table rather than one node's memory. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    <S extends org.springframework.session.Session> org.springframework.security.core.session.SessionRegistry sessionRegistry(
            org.springframework.session.FindByIndexNameSessionRepository<S> sessions) {
        return new org.springframework.session.security.SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** Only where there is a web server: the backup and restore commands start Duban without one. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain filters(HttpSecurity http, UserAccounts accounts, ApiTokens tokens, SecondFactor secondFactor,
                                UserDetailsService users,
                                org.springframework.security.core.session.SessionRegistry sessionRegistry,
                                cn.duban.audit.Refusals refusals, SignIns signIns,
                                @org.springframework.beans.factory.annotation.Value("${duban.security.password-api-until-enrolled:false}")
                                boolean passwordApiUntilEnrolled,
                                @org.springframework.beans.factory.annotation.Value("${duban.security.password-max-age-days:90}")
                                int passwordMaxAgeDays, java.time.Clock clock) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        // Who may reach what, by role; which rows they then see is decided in every query by unit.
                        .requestMatchers("/admin/backups", "/api/admin/backups").hasRole("ADMIN")
                        .requestMatchers("/plans/import", "/plans/import/**", "/plans/excel", "/api/plans/excel").hasRole("SUPERVISOR")
                        // An edited export back into its plan: the office's, as every edit of a plan is.
                        .requestMatchers("/plans/*/excel", "/plans/*/excel/apply", "/api/plans/*/excel").hasRole("SUPERVISOR")
                        // Reading documents is part of importing plans, and costs memory: the office only.
                        .requestMatchers("/extract", "/extract/**", "/api/extractions", "/api/extractions/**").hasRole("SUPERVISOR")
                        .requestMatchers("/tasks/**", "/api/tasks/**").hasRole("SUPERVISOR")
                        // The office's paperwork: leaders write 批示, the office 交办s and decides, lead units act.
                        .requestMatchers(HttpMethod.POST, "/instructions", "/api/instructions").hasRole("LEADER")
                        .requestMatchers(HttpMethod.GET, "/instructions/new", "/leader", "/api/leader/**").hasRole("LEADER")
                        .requestMatchers(HttpMethod.POST, "/instructions/*/assign", "/api/instructions/*/assignments", "/assignments",
                                "/api/assignments", "/assignments/*/close", "/assignments/*/return", "/api/assignments/*/close",
                                "/api/assignments/*/return", "/extensions/*/approve", "/extensions/*/refuse",
                                "/api/extensions/*/approve", "/api/extensions/*/refuse").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/assignments/*/sign", "/assignments/*/progress", "/assignments/*/closing",
                                "/api/assignments/*/sign", "/api/assignments/*/progress", "/api/assignments/*/closing")
                        .hasAnyRole("LIAISON", "UNIT_HEAD")
                        // A lead unit asks to extend its task; an office, a task assigned to it from above.
                        .requestMatchers(HttpMethod.POST, "/extensions", "/api/extensions").hasAnyRole("LIAISON", "UNIT_HEAD", "SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/urging/**", "/progress/tasks/*/close", "/progress/tasks/*/return-closing",
                                "/api/progress/tasks/*/close").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/progress/tasks/*/sign", "/progress/tasks/*/closing",
                                "/api/progress/tasks/*/sign", "/api/progress/tasks/*/closing").hasAnyRole("LIAISON", "UNIT_HEAD")
                        .requestMatchers("/instructions/**", "/api/instructions", "/api/instructions/**", "/urging")
                        .hasAnyRole("SUPERVISOR", "LEADER")
                        .requestMatchers("/notices/**", "/task-list", "/task-list/**", "/api/task-list", "/api/task-list/**")
                        .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                        .requestMatchers("/assignments", "/assignments/**", "/api/assignments", "/api/assignments/**", "/extensions",
                                "/extensions/**", "/api/extensions", "/api/extensions/**")
                        .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                        // The progress cycle: each step of a report's flow belongs to one role.
                        .requestMatchers(HttpMethod.POST, "/reports/open", "/api/reports/open", "/reports/*/evidence",
                                "/api/reports/*/submit").hasRole("LIAISON")
                        .requestMatchers(HttpMethod.POST, "/reports/*").hasRole("LIAISON")
                        .requestMatchers(HttpMethod.PUT, "/api/reports/*").hasRole("LIAISON")
                        .requestMatchers(HttpMethod.POST, "/reports/*/approve", "/api/reports/*/approve").hasRole("UNIT_HEAD")
                        .requestMatchers(HttpMethod.POST, "/reports/*/accept", "/api/reports/*/accept").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/reports/*/return", "/api/reports/*/return").hasAnyRole("UNIT_HEAD", "SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/reports/*/correct", "/api/reports/*/corrections").hasAnyRole("LIAISON", "SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/plans/*/reporting", "/periods/**", "/api/periods/**", "/plans/*/close-out",
                                "/api/plans/*/close-out").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.PUT, "/api/plans/*/reporting").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/notifications/contacts", "/notifications/contacts/**").hasRole("SUPERVISOR")
                        .requestMatchers("/api/notifications/contacts", "/api/notifications/contacts/**").hasRole("SUPERVISOR")
                        // Supervision: the office records and decides, units report their rectification.
                        .requestMatchers(HttpMethod.POST, "/inspections", "/inspections/**", "/api/inspections", "/api/inspections/**",
                                "/rectifications/*/close", "/rectifications/*/return", "/api/rectifications/*/close",
                                "/api/rectifications/*/return").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/rectifications/*/report", "/api/rectifications/*/reports")
                        .hasAnyRole("LIAISON", "UNIT_HEAD")
                        .requestMatchers("/inspections", "/inspections/**", "/api/inspections", "/api/inspections/**", "/problems",
                                "/api/problems", "/api/rectifications/rates").hasAnyRole("SUPERVISOR", "LEADER")
                        .requestMatchers("/rectifications", "/rectifications/**", "/api/rectifications", "/api/rectifications/**",
                                "/supervision-files/**").hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                        .requestMatchers("/plans", "/plans/**", "/api/plans", "/api/plans/**")
                        .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                        // Across levels: offices hand tasks on and sign for them; leaders read the roll-ups.
                        .requestMatchers(HttpMethod.POST, "/levels/**", "/api/levels/**").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.GET, "/levels/tasks/*/assign", "/levels/tasks/*/split", "/levels/plans/*/assign")
                        .hasRole("SUPERVISOR")
                        .requestMatchers("/levels", "/levels/**", "/api/levels", "/api/levels/**").hasAnyRole("SUPERVISOR", "LEADER")
                        // 考核: the office keeps the scheme and its items; leaders read the scores.
                        .requestMatchers(HttpMethod.POST, "/assessment/**", "/api/assessment/**").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.PUT, "/api/assessment/**").hasRole("SUPERVISOR")
                        .requestMatchers("/assessment", "/assessment/**", "/api/assessment", "/api/assessment/**")
                        .hasAnyRole("SUPERVISOR", "LEADER")
                        .requestMatchers(HttpMethod.POST, "/documents", "/documents/**").hasRole("SUPERVISOR")
                        .requestMatchers("/dashboard", "/ranking", "/api/dashboard", "/api/periods/**", "/documents", "/documents/**")
                        .hasAnyRole("SUPERVISOR", "LEADER")
                        .requestMatchers("/reports", "/reports/**", "/api/reports", "/api/reports/**", "/evidence/**",
                                "/progress/**", "/notifications", "/notifications/**", "/api/notifications", "/api/notifications/**")
                        .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                        .requestMatchers("/organisations", "/organisations/**", "/api/organisations", "/api/organisations/**")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        // 三权分立: the administrator keeps accounts, the security administrator grants roles
                        // (each endpoint checks it again).
                        .requestMatchers(HttpMethod.POST, "/users/*/role", "/users/*/second-factor/reset").hasRole("SECURITY_ADMIN")
                        // What the administrator asks, another confirms (AccountRequests checks who).
                        .requestMatchers(HttpMethod.POST, "/users/requests/*/confirm", "/users/requests/*/refuse",
                                "/api/account-requests/*/confirm", "/api/account-requests/*/refuse").hasAnyRole("SECURITY_ADMIN", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/users", "/api/account-requests").hasAnyRole("ADMIN", "SECURITY_ADMIN", "AUDITOR")
                        .requestMatchers(HttpMethod.PUT, "/api/users/*/role").hasRole("SECURITY_ADMIN")
                        .requestMatchers(HttpMethod.GET, "/users", "/api/users").hasAnyRole("ADMIN", "SECURITY_ADMIN")
                        .requestMatchers("/users", "/users/**", "/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers("/audit", "/audit/**", "/api/audit", "/api/audit/**").hasRole("AUDITOR")
                        // The API's description is for the office that integrates and the system administrator.
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(failure()).permitAll())
                .httpBasic(basic -> basic.realmName("duban"))
                // Pages load only what Duban serves (scripts with a nonce: ContentSecurityPolicy); no framing, no
                // referrer to other sites, no device APIs.
                .headers(headers -> headers
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
                // At most five sessions per person: a sixth sign-in ends the oldest.
                // Counted across every node: the registry reads the sessions table by principal name.
                .sessionManagement(sessions -> sessions.maximumSessions(MAX_SESSIONS).sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // Only a request that really authenticates itself by Basic and carries no session is exempt:
                // a stray Authorization header beside a session cookie is no credential.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> FactorFilters.withoutSession(request, "Basic ", "Bearer ")))
                // The API answers 401 with a Basic challenge; every page sends the browser to the login form.
                // A missing or wrong CSRF token is a refusal the auditor sees (role refusals: SecurityAudit).
                .exceptionHandling(e -> e
                        .accessDeniedHandler(csrfRefusals(refusals))
                        .defaultAuthenticationEntryPointFor(new BasicAuthenticationEntryPoint() {{
                            setRealmName("duban");
                        }}, request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .addFilterBefore(new ContentSecurityPolicy(), org.springframework.security.web.header.HeaderWriterFilter.class)
                .addFilterBefore(new GuardedLogin.AddressLimit(accounts, refusals),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                // A program's token; a password by Basic only where no second factor is due; a session only
                // once its second factor is passed; then a password that must be changed.
                .addFilterBefore(new FactorFilters.Bearer(tokens, refusals, signIns, clock), BasicAuthenticationFilter.class)
                .addFilterAfter(new FactorFilters.BasicPolicy(secondFactor, passwordApiUntilEnrolled, refusals, signIns),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new GuardedLogin.SessionStamp(accounts), FactorFilters.BasicPolicy.class)
                .addFilterAfter(new FactorFilters.Gate(secondFactor, refusals), GuardedLogin.SessionStamp.class)
                .addFilterAfter(new InitialPasswordFilter(java.time.Duration.ofDays(passwordMaxAgeDays), clock), FactorFilters.Gate.class);
        return http.build();
    }

    private static org.springframework.security.web.access.AccessDeniedHandler csrfRefusals(cn.duban.audit.Refusals refusals) {
        var standard = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
                var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
                refusals.record(auth == null ? "anonymous" : auth.getName(), "CSRF 令牌缺失或无效", request.getMethod(),
                        request.getRequestURI(), 403);
            }
            standard.handle(request, response, denied);
        };
    }

    private static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof org.springframework.security.authentication.DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

}
