package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.audit.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in by an identity another system vouches for (the messaging app's light app, 免登), under the same rule
 * as single sign-on: only the account the identity is linked to, with that account's role and scope; never an
 * account made on the fly; the second factor counted only where the caller says the other system passed one.
 */
@Component
public class ExternalSignIn {

    private final ExternalIdentities identities;
    private final UserDetailsService users;
    private final AuditTrail audit;
    private final Refusals refusals;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final java.util.Set<String> ssoProviders;
    /** The sessions of every node; absent where Duban runs without a web server (the backup and restore commands). */
    private final ObjectProvider<SessionRegistry> sessions;

    ExternalSignIn(ExternalIdentities identities, UserDetailsService users, AuditTrail audit, Refusals refusals, SsoSettings sso,
            ObjectProvider<SessionRegistry> sessions) {
        this.sessions = sessions;
        this.ssoProviders = sso.providers().keySet();
        this.identities = identities;
        this.users = users;
        this.audit = audit;
        this.refusals = refusals;
    }

    /** The account linked to the identity, if any. */
    public Optional<String> linked(String provider, String subject) {
        return identities.accountOf(provider, subject).map(UserAccount::username);
    }

    /**
     * Links the identity to the account named {@code username} unless either is linked already (a directory's 工号
     * matched to a Duban username, once); whether it is linked to that account now.
     */
    public boolean matchOnce(String provider, String subject, String username) {
        if (identities.accountOf(provider, subject).map(a -> a.username().equals(username)).orElse(false)) {
            return true;
        }
        return identities.matchOnce(provider, subject, username).isPresent();
    }

    /** How the audit names the way in: the light app's provider as itself, an OpenID provider as 统一身份认证. */
    private String method(String provider) {
        return ssoProviders.contains(provider) ? "统一身份认证" : provider;
    }

    /** What came of a sign-in by another system's word. */
    public enum Outcome {
        SIGNED_IN, UNLINKED, DISABLED, LOCKED
    }

    /** Signs the request's session in as the identity's linked account; false (refused and recorded) when there is none. */
    public boolean signIn(HttpServletRequest request, HttpServletResponse response, String provider, String subject,
            boolean secondFactorPassed) {
        return signIn(request, response, provider, subject, secondFactorPassed, null) == Outcome.SIGNED_IN;
    }

    /**
     * The same, keeping the provider's ID token for signing out there; each refusal is recorded with its reason, the
     * session left unsigned.
     */
    Outcome signIn(HttpServletRequest request, HttpServletResponse response, String provider, String subject, boolean secondFactorPassed,
            String idToken) {
        Optional<UserAccount> account = identities.accountOf(provider, subject);
        if (account.isEmpty()) {
            refusals.record(provider + ":" + subject, "外部身份未关联督办账号", request.getMethod(), request.getRequestURI(), 401);
            return Outcome.UNLINKED;
        }
        DubanUser user;
        try {
            user = (DubanUser) users.loadUserByUsername(account.get().username());
        } catch (UsernameNotFoundException e) {
            refusals.record(account.get().username(), "外部身份关联的账号不存在", request.getMethod(), request.getRequestURI(), 401);
            return Outcome.UNLINKED;
        }
        user.eraseCredentials();
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            refusals.record(user.getUsername(), "账号已停用或锁定，外部身份登录被拒", request.getMethod(), request.getRequestURI(), 401);
            return user.isEnabled() ? Outcome.LOCKED : Outcome.DISABLED;
        }
        // A new session: nothing of the one before (a second factor passed by someone else, a half-done sign-in) carries over.
        jakarta.servlet.http.HttpSession before = request.getSession(false);
        if (before != null) {
            before.invalidate();
        }
        request.getSession(true);
        // At most five sessions a person, as for a password sign-in: the oldest ends.
        SessionRegistry registry = sessions.getIfAvailable();
        List<SessionInformation> open = registry == null ? new ArrayList<>() : new ArrayList<>(registry.getAllSessions(user, false));
        open.sort(Comparator.comparing(SessionInformation::getLastRequest));
        for (int i = 0; i <= open.size() - SecurityConfiguration.MAX_SESSIONS; i++) {
            open.get(i).expireNow();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (secondFactorPassed) {
            request.getSession().setAttribute(FactorFilters.PASSED, Boolean.TRUE);
        }
        request.getSession().setAttribute(SsoSignIn.VIA_SSO, new SsoSignIn.Signed(provider, idToken, secondFactorPassed));
        audit.recordAloneAs(user.getUsername(), "登录成功", "app_user", user.account().id(), null,
                Map.of("username", user.getUsername(), "method", method(provider), "provider",
                        provider, "address", AuditTrail.address(), "second_factor", secondFactorPassed ? "外部系统已验证" : "由督办验证"));
        return Outcome.SIGNED_IN;
    }
}
