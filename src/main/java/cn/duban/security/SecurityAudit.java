package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.audit.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * The security events 等保 asks the audit to hold, beside the failures and locks that
 * {@link UserAccounts} records itself: a sign-in through the login form, a sign-out, and a request
 * the URL rules refuse to a signed-in user (refusals inside a page are recorded where they are
 * answered). A refused anonymous request is only sent to the login form and is not an event.
 * Programs' sign-ins (token, Basic) are recorded by {@link SignIns}; refusals by {@link cn.duban.audit.Refusals}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityAudit {

    private final AuditTrail audit;
    private final Refusals refusals;

    SecurityAudit(AuditTrail audit, Refusals refusals) {
        this.audit = audit;
        this.refusals = refusals;
    }

    /** Spring Security publishes authorisation denials only when such a publisher exists. */
    @Bean
    AuthorizationEventPublisher authorizationEvents(ApplicationContext context) {
        return new SpringAuthorizationEventPublisher(context);
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        audit.recordAlone("登录成功", "app_user", idOf(auth), null, Map.of("username", auth.getName()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        // The context is already cleared when the event arrives, so the actor is named here.
        audit.recordAloneAs(auth.getName(), "退出登录", "app_user", idOf(auth), null, Map.of("username", auth.getName()));
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return;
        }
        if (event.getObject() instanceof HttpServletRequest request) {
            refusals.record(auth.getName(), "角色无权访问", request.getMethod(), request.getRequestURI(), 403);
        } else {
            refusals.record(auth.getName(), "角色无权访问", null, null, 403);
        }
    }

    private static Long idOf(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof DubanUser user ? user.account().id() : null;
    }
}
