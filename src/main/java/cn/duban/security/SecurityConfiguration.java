package cn.duban.security;

import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
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

import java.time.OffsetDateTime;

/**
 * Form login for the browser, HTTP Basic for API clients; BCrypt; 5 failures lock an account
 * for 30 minutes; an initial password must be changed before anything else; CSRF on every
 * form and htmx request (API calls that carry their own credentials are exempt).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(UserAccounts accounts) {
        return username -> accounts.find(username)
                .map(a -> new DubanUser(a, accounts.passwordHash(username).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }

    @Bean
    SecurityFilterChain filters(HttpSecurity http, UserAccounts accounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        // Who may reach what, by role; which rows they then see is decided in every query by unit.
                        .requestMatchers("/plans/import", "/plans/import/**", "/plans/excel", "/api/plans/excel").hasRole("SUPERVISOR")
                        .requestMatchers("/tasks/**", "/api/tasks/**").hasRole("SUPERVISOR")
                        // The progress cycle: each step of a report's flow belongs to one role.
                        .requestMatchers(HttpMethod.POST, "/reports/open", "/api/reports/open", "/reports/*/evidence",
                                "/api/reports/*/submit").hasRole("LIAISON")
                        .requestMatchers(HttpMethod.POST, "/reports/*").hasRole("LIAISON")
                        .requestMatchers(HttpMethod.PUT, "/api/reports/*").hasRole("LIAISON")
                        .requestMatchers(HttpMethod.POST, "/reports/*/approve", "/api/reports/*/approve").hasRole("UNIT_HEAD")
                        .requestMatchers(HttpMethod.POST, "/reports/*/accept", "/api/reports/*/accept").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/reports/*/return", "/api/reports/*/return").hasAnyRole("UNIT_HEAD", "SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/reports/*/correct", "/api/reports/*/corrections").hasAnyRole("LIAISON", "SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/plans/*/reporting", "/periods/**", "/api/periods/**").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.PUT, "/api/plans/*/reporting").hasRole("SUPERVISOR")
                        .requestMatchers(HttpMethod.POST, "/notifications/contacts", "/notifications/contacts/**").hasRole("SUPERVISOR")
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
                        .requestMatchers(HttpMethod.POST, "/documents", "/documents/**").hasRole("SUPERVISOR")
                        .requestMatchers("/dashboard", "/ranking", "/api/dashboard", "/api/periods/**", "/documents", "/documents/**")
                        .hasAnyRole("SUPERVISOR", "LEADER")
                        .requestMatchers("/reports", "/reports/**", "/api/reports", "/api/reports/**", "/evidence/**",
                                "/progress/**", "/notifications", "/notifications/**", "/api/notifications", "/api/notifications/**")
                        .hasAnyRole("SUPERVISOR", "LIAISON", "UNIT_HEAD", "LEADER")
                        .requestMatchers("/organisations", "/organisations/**", "/api/organisations", "/api/organisations/**")
                        .hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers("/users", "/users/**", "/api/users", "/api/users/**").hasRole("ADMIN")
                        .requestMatchers("/audit", "/audit/**", "/api/audit", "/api/audit/**").hasRole("AUDITOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(failure()).permitAll())
                .httpBasic(basic -> basic.realmName("duban"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                // The API answers 401 with a Basic challenge; every page sends the browser to the login form.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new BasicAuthenticationEntryPoint() {{
                            setRealmName("duban");
                        }}, request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .addFilterAfter(new InitialPasswordFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof org.springframework.security.authentication.DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    /** Counts failures and clears them on success; the lock itself is read by {@link DubanUser}. */
    @Configuration(proxyBeanMethods = false)
    static class LoginAttempts {
        private final UserAccounts accounts;

        LoginAttempts(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            accounts.failedLogin(String.valueOf(event.getAuthentication().getName()), OffsetDateTime.now());
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            accounts.succeededLogin(event.getAuthentication().getName());
        }
    }
}
