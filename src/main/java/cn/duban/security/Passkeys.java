package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.refusal.NotFound;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 通行密钥 (WebAuthn passkeys) as a second factor: a key pair made on the user's phone or
 * security key, whose private half never leaves it; the server checks a signature over a fresh
 * challenge (a cryptographic factor in the sense of 等保 and 密评). Registered on 账号安全 by a
 * signed-in user, used after the password in place of the authenticator app's code. The relying
 * party (the site's domain and its exact origins) is configured, never taken from the request:
 * an origin read from the request would let a phishing proxy pass its own.
 */
@Service
public class Passkeys {

    private static final TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>> ATTESTATION = new TypeReference<>() {
    };
    private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> ASSERTION = new TypeReference<>() {
    };

    private final JdbcPublicKeyCredentialUserEntityRepository userEntities;
    private final JdbcUserCredentialRepository credentials;
    private final Environment environment;
    private final String rpId;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private volatile Webauthn4JRelyingPartyOperations operations;

    Passkeys(JdbcOperations jdbcOperations, JdbcClient jdbc, AuditTrail audit, Environment environment,
            @Value("${duban.webauthn.rp-id:localhost}") String rpId) {
        this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbcOperations);
        this.credentials = new JdbcUserCredentialRepository(jdbcOperations);
        this.environment = environment;
        this.rpId = rpId;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Built on first use: the allowed origins may name the port the server was given at start
     * ({@code ${local.server.port}}), known only once it listens.
     */
    private Webauthn4JRelyingPartyOperations operations() {
        if (operations == null) {
            synchronized (this) {
                if (operations == null) {
                    String configured = environment.resolvePlaceholders(
                            environment.getProperty("duban.webauthn.origins", "http://localhost:${local.server.port:8080}"));
                    Set<String> origins = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .collect(Collectors.toSet());
                    operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                            PublicKeyCredentialRpEntity.builder().id(rpId).name("督办").build(), origins);
                }
            }
        }
        return operations;
    }

    /** The challenge and parameters for making a passkey; kept in the session until the browser answers. */
    public PublicKeyCredentialCreationOptions creationOptions(Authentication user) {
        return operations().createPublicKeyCredentialCreationOptions(new ImmutablePublicKeyCredentialCreationOptionsRequest(user));
    }

    /** Registers the passkey the browser made against {@code options}; audited. */
    @Transactional
    public CredentialRecord register(long userId, PublicKeyCredentialCreationOptions options, String body) {
        JsonNode tree = json.readTree(body);
        String label = tree.path("label").asString("").strip();
        if (label.isEmpty() || label.length() > 50) {
            throw new AccountRejected("请为通行密钥起个名字（1 至 50 个字），例如“我的手机”");
        }
        PublicKeyCredential<AuthenticatorAttestationResponse> credential = json.convertValue(tree.get("credential"), ATTESTATION);
        CredentialRecord record = operations().registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                options, new RelyingPartyPublicKey(credential, label)));
        audit.record("注册通行密钥", "app_user", userId, null, Map.of("label", label));
        return record;
    }

    /** A challenge for signing in with one of the user's passkeys; kept in the session until the browser answers. */
    public PublicKeyCredentialRequestOptions requestOptions(Authentication user) {
        return operations().createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(user));
    }

    /** The account a signed assertion proves, if it verifies against {@code options}; empty when it does not. */
    public Optional<String> verify(PublicKeyCredentialRequestOptions options, String body) {
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(body, ASSERTION);
            PublicKeyCredentialUserEntity user = operations().authenticate(new RelyingPartyAuthenticationRequest(options, credential));
            return Optional.of(user.getName());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    public List<Passkey> of(String username) {
        // Spring Security keeps these as timestamps without zone, written in the JVM's zone: read back
        // the same way they are the instants they were, which the page then shows in the county's time.
        return jdbc.sql("""
                select c.credential_id as id, c.label, c.created, c.last_used from user_credentials c
                join user_entities e on e.id = c.user_entity_user_id where e.name = :u order by c.created""")
                .param("u", username).query((rs, n) -> new Passkey(rs.getString("id"), rs.getString("label"),
                        instant(rs.getTimestamp("created")), instant(rs.getTimestamp("last_used"))))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Removes one of the user's own passkeys; audited. */
    @Transactional
    public void remove(long userId, String username, String credentialId) {
        int n = jdbc.sql("""
                delete from user_credentials c using user_entities e
                where e.id = c.user_entity_user_id and e.name = :u and c.credential_id = :c""")
                .param("u", username).param("c", credentialId).update();
        if (n == 0) {
            throw new NotFound("通行密钥不存在");
        }
        audit.record("删除通行密钥", "app_user", userId, null,
                Map.of("credential", credentialId.substring(0, Math.min(12, credentialId.length()))));
    }

    /** Options as the browser's WebAuthn API takes them (base64url for the binary fields). */
    public String write(Object value) {
        return json.writeValueAsString(value);
    }
}
