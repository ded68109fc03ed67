package cn.duban.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity providers a county signs in through (统一身份认证), by OpenID Connect, each under
 * {@code duban.sso.providers.<id>}:
 *
 * <pre>
 * duban.sso.providers.province.name=省统一身份认证
 * duban.sso.providers.province.issuer-uri=https://idp.example.gov.cn/realms/gov
 * duban.sso.providers.province.client-id=duban
 * duban.sso.providers.province.client-secret=…
 * duban.sso.providers.province.subject-claim=sub              # the person's unique id at the provider
 * duban.sso.providers.province.match-claim=employee_no        # optional: matched once to a Duban username (工号)
 * duban.sso.providers.province.mfa-amr=mfa,otp,hwk,sms        # amr values that count as a second factor
 * duban.sso.providers.province.mfa-acr=                       # or acr values
 * </pre>
 *
 * None configured: the login page has no button and nothing of OAuth2 is active.
 */
@ConfigurationProperties("duban.sso")
record SsoSettings(Map<String, Provider> providers) {

    SsoSettings {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /** One provider; what is left out takes the defaults an OpenID provider usually answers to. */
    record Provider(String name, String issuerUri, String clientId, String clientSecret, List<String> scope, String subjectClaim,
            String matchClaim, List<String> mfaAmr, List<String> mfaAcr) {

        Provider {
            name = name == null || name.isBlank() ? "统一身份认证" : name;
            scope = scope == null || scope.isEmpty() ? List.of("openid", "profile") : List.copyOf(scope);
            subjectClaim = subjectClaim == null || subjectClaim.isBlank() ? "sub" : subjectClaim;
            mfaAmr = mfaAmr == null ? List.of() : List.copyOf(mfaAmr);
            mfaAcr = mfaAcr == null ? List.of() : List.copyOf(mfaAcr);
        }
    }

    boolean enabled() {
        return !providers.isEmpty();
    }
}
