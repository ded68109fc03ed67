package cn.duban.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The configured providers as OAuth2 client registrations, each read from its issuer's discovery document the
 * first time someone signs in through it, not at start: an identity service that is down keeps its button from
 * working, never Duban from starting (password sign-in goes on). A failed discovery is tried again next time.
 */
final class SsoRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(SsoRegistrations.class);

    private final SsoSettings settings;
    private final Map<String, ClientRegistration> known = new ConcurrentHashMap<>();

    SsoRegistrations(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return available(registrationId).orElse(null);
    }

    /** The provider's registration, discovering it now if it has not been yet; empty when unknown or unreachable. */
    Optional<ClientRegistration> available(String id) {
        SsoSettings.Provider p = settings.providers().get(id);
        if (p == null) {
            return Optional.empty();
        }
        ClientRegistration r = known.get(id);
        if (r != null) {
            return Optional.of(r);
        }
        try {
            r = ClientRegistrations.fromIssuerLocation(p.issuerUri()).registrationId(id).clientName(p.name())
                    .clientId(p.clientId()).clientSecret(p.clientSecret()).scope(p.scope())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
            known.put(id, r);
            return Optional.of(r);
        } catch (RuntimeException e) {
            log.warn("统一身份认证 {} 无法读取发现文档 {}：{}", id, p.issuerUri(), e.getMessage());
            return Optional.empty();
        }
    }
}
