package cn.duban.security;

import cn.duban.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security events 等保 asks the audit to hold, beside the failures and locks that
 * {@link UserAccounts} records itself: a sign-in through the login form, a sign-out, and a request
 * the URL rules refuse to a signed-in user (refusals inside a page are recorded where they are
 * answered). A refused anonymous request is only sent to the login form and is not an event.
 * API calls by Basic authenticate on every call and are not each recorded as a sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityAudit {

    private final AuditTrail audit;

    SecurityAudit(AuditTrail audit) {
        this.audit = audit;
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
        Map<String, Object> what = new LinkedHashMap<>();
        if (event.getObject() instanceof HttpServletRequest request) {
            what.put("method", request.getMethod());
            what.put("path", request.getRequestURI());
        }
        what.put("reason", "角色无权访问");
        audit.recordAlone("访问被拒", "request", null, null, what);
    }

    private static Long idOf(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof DubanUser user ? user.account().id() : null;
    }
}
