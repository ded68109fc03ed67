package cn.duban.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/** What the site's filter chain ({@link SecurityConfiguration}) is built from, and the operators' chain beside it. */
@Configuration(proxyBeanMethods = false)
class SecurityBeans {

    /** Tells the session registry when a session ends, so ended sessions do not count against the limit. */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(UserAccounts accounts, Clock clock) {
        return username -> accounts.find(username)
                .map(a -> new DubanUser(a, accounts.passwordHash(username).orElseThrow(), clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }

    /** The one way a password is checked, for the form and for Basic alike. */
    @Bean
    AuthenticationProvider guardedLogin(UserDetailsService users, PasswordEncoder encoder, UserAccounts accounts,
            SecondFactor secondFactor) {
        return new GuardedLogin.Provider(users, encoder, accounts, secondFactor);
    }

    /** Who is signed in where, from the shared sessions table rather than one node's memory. */
    @Bean
    @ConditionalOnWebApplication
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * Health and Prometheus metrics for the operators' monitoring: served on the management port
     * only (its own port, bound to the loopback address unless configured otherwise), read-only,
     * without the site's sign-in. The site's own port does not serve them.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.to("health", "prometheus"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
