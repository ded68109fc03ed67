package cn.duban.security;

import cn.duban.audit.Refusals;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Where a failed sign-in or a refused form goes. */
final class LoginFailures {

    private LoginFailures() {
    }

    /** Back to the login form, saying only whether the account is locked, disabled or the password wrong. */
    static final class Form implements AuthenticationFailureHandler {
        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            String reason = exception instanceof LockedException ? "locked" : exception instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        }
    }

    /** A missing or wrong CSRF token is a refusal the auditor sees (role refusals: SecurityAudit); then the standard 403. */
    static final class CsrfRefusals implements AccessDeniedHandler {
        private final AccessDeniedHandler standard = new AccessDeniedHandlerImpl();
        private final Refusals refusals;

        CsrfRefusals(Refusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException, ServletException {
            if (denied instanceof CsrfException) {
                var auth = SecurityContextHolder.getContext().getAuthentication();
                refusals.record(auth == null ? "anonymous" : auth.getName(), "CSRF 令牌缺失或无效", request.getMethod(),
                        request.getRequestURI(), 403);
            }
            standard.handle(request, response, denied);
        }
    }
}
