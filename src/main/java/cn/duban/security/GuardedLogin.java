package cn.duban.security;

import cn.duban.audit.Refusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login against guessing (等保: 身份鉴别, 登录失败处理): the tries for one account are checked one
 * at a time against the count in the database, so guesses sent in parallel cannot outrun the
 * lockout; every attempt
 * is recorded with its address, unknown names included; an address with 30 failures in ten
 * minutes is refused (429) before any password is checked; each failure costs a moment.
 */
final class GuardedLogin {

    static final int ADDRESS_LIMIT = 30;
    private static final long FAILURE_DELAY_MS = 300;

    private GuardedLogin() {
    }

    /** Each failure costs a moment, outside any lock or transaction: guessing slows, nobody else waits. */
    static void pause() {
        try {
            Thread.sleep(FAILURE_DELAY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An API refusal from a filter, in the same JSON shape as the controllers' (messages are our own constants). */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + message + "\"}");
    }

    /**
     * Password checking, one attempt at a time per user name: concurrent guesses for one account
     * are checked in turn against the count in the database, so after the fifth failure the rest
     * are refused unchecked. (Per node: with several nodes at most five per node can be in flight.)
     * Concurrent requests of a legitimate client are only serialised, never counted as failures.
     */
    static final class Provider extends DaoAuthenticationProvider {
        private static final ReentrantLock[] TURNS = new ReentrantLock[64];

        static {
            for (int i = 0; i < TURNS.length; i++) {
                TURNS[i] = new ReentrantLock();
            }
        }

        private final UserAccounts accounts;
        private final SecondFactor factor;

        Provider(UserDetailsService users, PasswordEncoder encoder, UserAccounts accounts, SecondFactor factor) {
            super(users);
            setPasswordEncoder(encoder);
            this.accounts = accounts;
            this.factor = factor;
        }

        @Override
        public Authentication authenticate(Authentication attempt) throws AuthenticationException {
            String name = String.valueOf(attempt.getName());
            String address = attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                    ? d.getRemoteAddress()
                    : "unknown";
            var turn = TURNS[Math.floorMod(name.hashCode(), TURNS.length)];
            boolean failed = false;
            turn.lock();
            try {
                // The account is read afresh inside the turn: a lock set by the attempt before this one is seen.
                Authentication done = super.authenticate(attempt);
                // A password is the whole sign-in only where no second step follows; otherwise the count of
                // failures (passwords and codes together) stands until the second step succeeds too, so
                // entering the password again cannot wipe the codes guessed wrong before it.
                if (!(done.getPrincipal() instanceof DubanUser user) || !factor.stepFollows(user.account())) {
                    accounts.succeededLogin(name);
                }
                accounts.recordAttempt(address, name, true);
                return done;
            } catch (BadCredentialsException wrong) {
                failed = true;
                accounts.recordAttempt(address, name, false);
                accounts.failedLogin(name, address);
                throw wrong;
            } catch (LockedException locked) {
                accounts.recordAttempt(address, name, false);
                accounts.refusedLogin(name, address, "账号已锁定");
                throw locked;
            } catch (DisabledException disabled) {
                accounts.recordAttempt(address, name, false);
                accounts.refusedLogin(name, address, "账号已停用");
                throw disabled;
            } finally {
                turn.unlock();
                if (failed) {
                    pause();
                }
            }
        }
    }

    /** Refuses login attempts from an address that has failed too often, before any password is checked. */
    static final class AddressLimit extends OncePerRequestFilter {
        private final UserAccounts accounts;
        private final Refusals refusals;

        AddressLimit(UserAccounts accounts, Refusals refusals) {
            this.accounts = accounts;
            this.refusals = refusals;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String authorization = request.getHeader("Authorization");
            boolean attempt = (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                    || ("POST".equals(request.getMethod()) && (request.getRequestURI().equals(request.getContextPath() + "/login")
                            || request.getRequestURI().equals(request.getContextPath() + "/login/second-factor")));
            if (attempt && accounts.recentFailuresFrom(request.getRemoteAddr()) >= ADDRESS_LIMIT) {
                refusals.record(request.getParameter("username") != null ? request.getParameter("username") : "anonymous",
                        "同一地址登录失败次数过多（429）", request.getMethod(), request.getRequestURI(), 429);
                response.setHeader("Retry-After", "600");
                refuse(response, 429, "登录失败次数过多，请 10 分钟后再试");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * A session ends when its account is disabled or its password reset or changed: the stamp it
     * was opened under no longer matches (checked on every request, so it holds across nodes).
     */
    static final class SessionStamp extends OncePerRequestFilter {
        private final UserAccounts accounts;

        SessionStamp(UserAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            HttpSession session = request.getSession(false);
            if (session != null && auth != null && auth.getPrincipal() instanceof DubanUser user
                    && !accounts.sessionStillValid(user.getUsername(), user.account().sessionStamp())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "会话已失效（账号已停用或密码已更改），请重新登录");
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
