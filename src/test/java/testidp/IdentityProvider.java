package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for the tests: Spring Authorization Server on a port of its own, in this JVM, standing
 * for the province's 统一身份认证. Outside {@code cn.duban}, so that Duban's scan never picks it up; started
 * without Duban's settings ({@code spring.config.name} of its own) and without a database.
 *
 * <p>Its people sign in with {@link #PASSWORD}: {@code wang} (a plain password sign-in), {@code zhang} (who passes
 * the provider's own second factor: {@code amr} says {@code otp}), {@code nobody} (linked to no Duban account).
 * Each carries {@code employee_no}, the claim a county may match to a Duban username once. The client is
 * {@code duban}/{@link #SECRET}; its redirect URIs are added as the tests learn their ports.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class IdentityProvider {

    public static final String CLIENT = "duban";
    public static final String SECRET = "duban-secret";
    public static final String PASSWORD = "idp-Pass-2026";
    /** Each person's 工号 at the provider (the employee_no claim). */
    public static final Map<String, String> EMPLOYEE_NO = new java.util.concurrent.ConcurrentHashMap<>();

    static final List<String> REDIRECTS = new CopyOnWriteArrayList<>();
    static final List<String> AFTER_LOGOUT = new CopyOnWriteArrayList<>();

    private static volatile ConfigurableApplicationContext running;

    /** What Duban's classpath brings that a provider without a database has no use for. */
    private static final List<String> NOT_HERE = List.of("org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
            "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
            "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
            "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
            "org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification",
            "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration");

    /** The issuer's URL, the provider started on first use. */
    public static synchronized String issuer() {
        if (running == null) {
            running = new SpringApplicationBuilder(IdentityProvider.class)
                    .properties("spring.config.name=testidp", "server.port=0", "spring.main.banner-mode=off",
                            "management.server.port=", "spring.jmx.enabled=false", "logging.level.root=WARN",
                            "spring.autoconfigure.exclude=" + String.join(",", NOT_HERE))
                    .run();
        }
        return "http://localhost:" + running.getEnvironment().getProperty("local.server.port");
    }

    /** Lets Duban, served at {@code base}, receive the codes and the people coming back from signing out. */
    public static void allow(String base, String registrationId) {
        String redirect = base + "/login/oauth2/code/" + registrationId;
        if (!REDIRECTS.contains(redirect)) {
            REDIRECTS.add(redirect);
            AFTER_LOGOUT.add(base + "/login?logout");
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer as = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(as.getEndpointsMatcher()).with(as, a -> a.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML, MediaType.ALL)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        EMPLOYEE_NO.putIfAbsent("wang", "GH-1001");
        EMPLOYEE_NO.putIfAbsent("zhang", "GH-1002");
        EMPLOYEE_NO.putIfAbsent("nobody", "GH-9999");
        return new InMemoryUserDetailsManager(User.withUsername("wang").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername("zhang").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername("nobody").password("{noop}" + PASSWORD).roles("USER").build());
    }

    @Bean
    RegisteredClientRepository clients() {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient registeredClient) {
                // The provider re-encodes a client's secret after use; the client is built anew each time.
            }

            @Override
            public RegisteredClient findById(String id) {
                return CLIENT.equals(id) ? duban() : null;
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return CLIENT.equals(clientId) ? duban() : null;
            }
        };
    }

    private static RegisteredClient duban() {
        return RegisteredClient.withId(CLIENT).clientId(CLIENT).clientSecret("{noop}" + SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(u -> u.addAll(REDIRECTS)).postLogoutRedirectUris(u -> u.addAll(AFTER_LOGOUT))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build();
    }

    /** The ID token says how the person signed in (amr) and carries their 工号. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                String who = context.getPrincipal().getName();
                context.getClaims().claim("amr", "zhang".equals(who) ? List.of("pwd", "otp") : List.of("pwd"));
                context.getClaims().claim("employee_no", EMPLOYEE_NO.getOrDefault(who, ""));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
