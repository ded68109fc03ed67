package cn.duban.security;

import cn.duban.audit.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A sign-in through the identity service, made a Duban sign-in. The provider tells who the person is; the link
 * ({@link ExternalIdentities}) tells which account that is — an identity nobody linked is refused, never given an
 * account. The session then holds that account, with its own role and scope, as a password sign-in would. The
 * second factor counts as passed when the provider asserts one ({@code amr}/{@code acr} values configured),
 * else it is asked as after a password. Sign-out ends the Duban session and, where the provider offers
 * RP-initiated logout, the provider's.
 */
final class SsoSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler, LogoutSuccessHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SsoSignIn.class);

    /** The session attribute of a sign-in through a provider: which, and its ID token for signing out there. */
    static final String VIA_SSO = "duban.sso";
    private static final String SIGNING_OUT = "duban.sso.signingOut";

    record Signed(String provider, String idToken, boolean secondFactorAsserted) implements Serializable {
    }

    private final SsoSettings settings;
    private final SsoRegistrations registrations;
    private final ExternalIdentities identities;
    private final ExternalSignIn signIn;
    private final Refusals refusals;

    SsoSignIn(SsoSettings settings, SsoRegistrations registrations, ExternalIdentities identities, ExternalSignIn signIn,
            Refusals refusals) {
        this.settings = settings;
        this.registrations = registrations;
        this.identities = identities;
        this.signIn = signIn;
        this.refusals = refusals;
    }

    static boolean viaSso(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(VIA_SSO) != null;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        String provider = token.getAuthorizedClientRegistrationId();
        SsoSettings.Provider p = settings.providers().get(provider);
        OAuth2User person = token.getPrincipal();
        String subject = claim(person, p.subjectClaim());
        Optional<UserAccount> account = subject == null ? Optional.empty() : identities.accountOf(provider, subject);
        if (account.isEmpty() && subject != null && p.matchClaim() != null && !p.matchClaim().isBlank()) {
            account = identities.matchOnce(provider, subject, claim(person, p.matchClaim()));
        }
        if (account.isEmpty()) {
            refuse(request, response, provider + ":" + subject, "统一身份未关联督办账号", "sso-unlinked");
            return;
        }
        // The provider's person is now the linked account's sign-in, as the light app's is (one rule: ExternalSignIn).
        SecurityContextHolder.clearContext();
        String idToken = person instanceof OidcUser oidc ? oidc.getIdToken().getTokenValue() : null;
        ExternalSignIn.Outcome outcome = signIn.signIn(request, response, provider, subject, secondFactorAsserted(person, p), idToken);
        switch (outcome) {
            case SIGNED_IN -> response.sendRedirect(request.getContextPath() + "/");
            case UNLINKED -> refuse(request, response, subject, "统一身份关联的账号不存在", "sso-unlinked");
            case DISABLED -> refuse(request, response, subject, "账号已停用", "disabled");
            case LOCKED -> refuse(request, response, subject, "账号已锁定", "locked");
        }
    }

    /** Whether the provider says the person passed a second factor, by the amr or acr values configured for it. */
    static boolean secondFactorAsserted(OAuth2User person, SsoSettings.Provider p) {
        Object amr = person.getAttributes().get("amr");
        if (amr instanceof Collection<?> methods && methods.stream().map(String::valueOf).anyMatch(p.mfaAmr()::contains)) {
            return true;
        }
        Object acr = person.getAttributes().get("acr");
        return acr != null && p.mfaAcr().contains(String.valueOf(acr));
    }

    private static String claim(OAuth2User person, String name) {
        Object v = person.getAttributes().get(name);
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String who, String reason, String error)
            throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        refusals.record(who, reason, request.getMethod(), request.getRequestURI(), 401);
        response.sendRedirect(request.getContextPath() + "/login?error=" + error);
    }

    /** The provider refused, or its answer did not verify: back to the login page, said in Chinese. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.warn("统一身份认证失败：{}", exception.getMessage());
        refusals.record("统一身份认证", "统一身份认证失败：" + exception.getMessage(), request.getMethod(), request.getRequestURI(), 401);
        response.sendRedirect(request.getContextPath() + "/login?error=sso-failed");
    }

    /** Before the session ends: what signing out at the provider needs. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(VIA_SSO) instanceof Signed signed) {
            request.setAttribute(SIGNING_OUT, signed);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString()).replacePath(request.getContextPath())
                .path("/login").query("logout").build().toUriString();
        if (request.getAttribute(SIGNING_OUT) instanceof Signed signed) {
            Optional<Object> endpoint = registrations.available(signed.provider())
                    .map(ClientRegistration::getProviderDetails).map(d -> d.getConfigurationMetadata().get("end_session_endpoint"));
            if (endpoint.isPresent()) {
                UriComponentsBuilder to = UriComponentsBuilder.fromUriString(String.valueOf(endpoint.get()))
                        .queryParam("post_logout_redirect_uri", URLEncoder.encode(back, StandardCharsets.UTF_8));
                if (signed.idToken() != null) {
                    to.queryParam("id_token_hint", signed.idToken());
                }
                response.sendRedirect(to.build(true).toUriString());
                return;
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }

    /** The login page's buttons: each configured provider's id and name. */
    List<Map.Entry<String, String>> buttons() {
        return settings.providers().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().name()))
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }
}
