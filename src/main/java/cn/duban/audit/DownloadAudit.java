package cn.duban.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every file that leaves Duban — evidence, a generated 通报, the ledger as Excel, the audit's own
 * export — is served as an attachment; one filter behind the security chain (so it knows who)
 * records each such response in the audit trail, rather than every download endpoint having to
 * remember to.
 */
@Configuration(proxyBeanMethods = false)
class DownloadAudit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> downloadAuditFilter(AuditTrail audit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                String disposition = response.getHeader("Content-Disposition");
                if (disposition != null && response.getStatus() < 300) {
                    Map<String, Object> what = new LinkedHashMap<>();
                    what.put("path", request.getRequestURI());
                    if (request.getQueryString() != null) {
                        what.put("query", request.getQueryString().length() > 500
                                ? request.getQueryString().substring(0, 500)
                                : request.getQueryString());
                    }
                    what.put("disposition", disposition.length() > 300 ? disposition.substring(0, 300) : disposition);
                    what.put("contentType", response.getContentType());
                    audit.recordAlone("下载", "file", null, null, what);
                }
            }
        });
        // After Spring Security's chain (order -100), so the signed-in user is known.
        registration.setOrder(0);
        registration.setName("downloadAudit");
        return registration;
    }
}
