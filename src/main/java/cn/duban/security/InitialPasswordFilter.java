package cn.duban.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until an initial password is changed — or a password older than the set age (90 days unless
 * {@code duban.security.password-max-age-days} says otherwise) — the password page is the only
 * page there is.
 */
class InitialPasswordFilter extends OncePerRequestFilter {

    private final Duration maxAge;
    private final Clock clock;

    InitialPasswordFilter(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    static boolean mustChange(UserAccount a, Duration maxAge, Instant now) {
        return a.mustChangePassword()
                || (a.passwordChangedAt() != null && a.passwordChangedAt().plus(maxAge).toInstant().isBefore(now));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Signed in through the identity service, the password is not what proved the person: its age does not stop them.
        if (auth != null && auth.getPrincipal() instanceof DubanUser user && !SsoSignIn.viaSso(request)
                && mustChange(user.account(), maxAge, clock.instant())
                // The second factor comes first (FactorFilters.Gate): its pages stay reachable.
                && !path.equals("/password") && !path.equals("/logout") && !path.startsWith("/css/") && !path.startsWith("/js/")
                && !path.equals("/account/two-factor") && !path.startsWith("/login/second-factor")
                && !path.startsWith("/account/passkeys")
                && !path.startsWith("/webjars/")) {
            if (path.startsWith("/api/")) {
                GuardedLogin.refuse(response, HttpServletResponse.SC_FORBIDDEN, "请先登录网页修改初始密码（或已过期的密码）");
            } else {
                response.sendRedirect(request.getContextPath() + "/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
