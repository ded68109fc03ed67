package cn.duban.security;

import cn.duban.audit.Refusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How a request proves who sends it, beyond the password: an API token (a program), or a session
 * that has passed its second factor (a person). A password alone by HTTP Basic is accepted only
 * for accounts that need no second factor — whatever cookies come with it: a session is one only
 * when it exists and has passed both factors, never because a request names one.
 */
final class FactorFilters {

    /** The session attribute set once the second factor is passed (or not needed). */
    static final String PASSED = "duban.secondFactorPassed";
    private static final String VIA_TOKEN = "duban.viaToken";
    private static final String VIA_BASIC = "duban.viaBasic";

    private FactorFilters() {
    }

    /** Whether this request was authenticated by an API token (no person at a page behind it). */
    static boolean viaToken(HttpServletRequest request) {
        return request.getAttribute(VIA_TOKEN) != null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean scheme(HttpServletRequest request, String scheme) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    /**
     * A request that authenticates itself by one of the given {@code Authorization} schemes and
     * carries no session (neither a session cookie nor a session): a program's call, not a browser's.
     * (Only CSRF is decided by this; who the request is and what it passed is decided by the filters below.)
     */
    static boolean withoutSession(HttpServletRequest request, String... schemes) {
        if (request.getRequestedSessionId() != null || request.getSession(false) != null) {
            return false;
        }
        for (String scheme : schemes) {
            if (scheme(request, scheme)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Authorization: Bearer dbn_…}: the token's account, for this request only (no session is made). */
    static final class Bearer extends OncePerRequestFilter {
        private final ApiTokens tokens;
        private final Refusals refusals;
        private final SignIns signIns;
        private final Clock clock;

        Bearer(ApiTokens tokens, Refusals refusals, SignIns signIns, Clock clock) {
            this.clock = clock;
            this.tokens = tokens;
            this.refusals = refusals;
            this.signIns = signIns;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            // The account without its password hash: a token, not a password, is what was checked.
            Optional<DubanUser> account = tokens.accountFor(authorization.substring(7).strip())
                    .map(a -> new DubanUser(a, null, clock.instant()));
            if (account.isEmpty() || !account.get().isEnabled() || !account.get().isAccountNonLocked()) {
                refusals.record(account.map(DubanUser::getUsername).orElse("令牌"), account.isEmpty()
                        ? "访问令牌无效、已过期或已撤销"
                        : "账号已停用或锁定，令牌被拒", request.getMethod(), request.getRequestURI(), 401);
                response.setHeader("WWW-Authenticate", "Bearer realm=\"duban\", error=\"invalid_token\"");
                GuardedLogin.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "访问令牌无效、已过期或已撤销");
                return;
            }
            DubanUser user = account.get();
            signIns.byProgram(user, "访问令牌");
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            // Kept for this request only: seen as already stored, so no session is made for a program's call.
            new RequestAttributeSecurityContextRepository().saveContext(context, request, response);
            request.setAttribute(VIA_TOKEN, Boolean.TRUE);
            // Session management (concurrency limit, fixation) is for people signing in: it would open a
            // session for this call and keep the token's authentication in it. Marked as done for this request.
            request.setAttribute("__spring_security_session_mgmt_filter_applied", Boolean.TRUE);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /**
     * A password by HTTP Basic for an account that has a second factor, or whose role requires one:
     * refused, with where to get a token — whatever session cookie comes with it. Only with
     * {@code duban.security.password-api-until-enrolled=true} may an account that has not yet set one
     * up call with its password (a migration aid for old scripts; off by default).
     */
    static final class BasicPolicy extends OncePerRequestFilter {
        private final SecondFactor factor;
        private final boolean untilEnrolled;
        private final Refusals refusals;
        private final SignIns signIns;

        BasicPolicy(SecondFactor factor, boolean untilEnrolled, Refusals refusals, SignIns signIns) {
            this.factor = factor;
            this.untilEnrolled = untilEnrolled;
            this.refusals = refusals;
            this.signIns = signIns;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (scheme(request, "Basic ") && request.getAttribute(VIA_TOKEN) == null && auth != null
                    && auth.getPrincipal() instanceof DubanUser user) {
                if (user.account().secondFactor() || (factor.requiredFor(user.role()) && !untilEnrolled)) {
                    SecurityContextHolder.clearContext();
                    refusals.record(user.getUsername(), "须使用双因素认证的账号只凭密码调用", request.getMethod(), request.getRequestURI(), 401);
                    GuardedLogin.refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                            "该账号须使用双因素认证，不能只凭密码调用接口；程序请使用访问令牌（在“账号安全”页面创建）");
                    return;
                }
                request.setAttribute(VIA_BASIC, Boolean.TRUE);
                signIns.byProgram(user, "HTTP Basic");
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * A signed-in session goes nowhere but the second-factor page until the code is given — or,
     * for a role that requires one and has none yet, nowhere but the page that sets it up.
     */
    static final class Gate extends OncePerRequestFilter {
        private final SecondFactor factor;
        private final Refusals refusals;

        Gate(SecondFactor factor, Refusals refusals) {
            this.factor = factor;
            this.refusals = refusals;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !(auth.getPrincipal() instanceof DubanUser user) || request.getAttribute(VIA_TOKEN) != null
                    || request.getAttribute(VIA_BASIC) != null) {
                chain.doFilter(request, response);
                return;
            }
            HttpSession session = request.getSession(false);
            if (session == null) {
                // Signed in, yet by neither its own credential nor a session: no path of ours leads here.
                SecurityContextHolder.clearContext();
                refusals.record(user.getUsername(), "无会话且无凭据的已认证请求", request.getMethod(), request.getRequestURI(), 401);
                GuardedLogin.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录");
                return;
            }
            if (Boolean.TRUE.equals(session.getAttribute(PASSED))) {
                chain.doFilter(request, response);
                return;
            }
            String path = path(request);
            boolean always = path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                    || path.equals("/favicon.ico") || path.equals("/error");
            String page;
            if (user.account().secondFactor()) {
                page = "/login/second-factor";
            } else if (factor.requiredFor(user.role())) {
                page = "/account/two-factor";
            } else {
                session.setAttribute(PASSED, Boolean.TRUE);
                chain.doFilter(request, response);
                return;
            }
            boolean ceremony = page.equals("/login/second-factor")
                    ? path.startsWith("/login/second-factor/passkey")
                    : path.startsWith("/account/passkeys");
            if (always || path.equals(page) || ceremony) {
                chain.doFilter(request, response);
            } else if (path.startsWith("/api/")) {
                refusals.record(user.getUsername(), "第二因素验证尚未完成", request.getMethod(), request.getRequestURI(), 401);
                GuardedLogin.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "请先完成第二因素验证");
            } else {
                response.sendRedirect(request.getContextPath() + page);
            }
        }
    }
}
