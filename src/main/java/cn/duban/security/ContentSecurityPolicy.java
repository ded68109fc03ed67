package cn.duban.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of every page: scripts only from Duban itself or carrying this
 * response's nonce (a fresh random value per request, {@code ${cspNonce}} in templates), so text a
 * user typed — a task's title, a reason — can never run as script even if it slipped past escaping;
 * no inline handlers, no {@code javascript:} links, no framing, no plugins.
 */
final class ContentSecurityPolicy extends OncePerRequestFilter {

    /** The request attribute templates read the nonce from. */
    static final String NONCE = "cspNonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
        // Bootstrap and htmx set style attributes; styles cannot run code.
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'");
        chain.doFilter(request, response);
    }
}
