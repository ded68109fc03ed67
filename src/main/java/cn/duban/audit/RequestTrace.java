package cn.duban.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request gets an id, before anything else (login included) happens: sent back in
 * {@code X-Request-Id}, written beside each log line and into each audit record, with the
 * address the request came from. A proxy's own id is kept when it looks like one, so a request
 * can be followed from the proxy's log to Duban's audit.
 */
@Configuration(proxyBeanMethods = false)
class RequestTrace {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final ThreadLocal<Trace> CURRENT = new ThreadLocal<>();

    /** Where a request came from and its id. */
    record Trace(String address, String requestId) {
    }

    /** The request being served on this thread, or null for scheduled and start-up work. */
    static Trace current() {
        return CURRENT.get();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestTraceFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String given = request.getHeader(HEADER);
                String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
                response.setHeader(HEADER, id);
                CURRENT.set(new Trace(request.getRemoteAddr(), id));
                MDC.put("requestId", id);
                try {
                    chain.doFilter(request, response);
                } finally {
                    CURRENT.remove();
                    MDC.remove("requestId");
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("requestTrace");
        return registration;
    }
}
