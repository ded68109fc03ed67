package cn.duban.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static files (WebJars, /css, /js) keep their versioned form (/webjars/bootstrap/5.3.8/…)
 * without a class-path lookup for every link of every page. Spring's ResourceUrlEncodingFilter
 * asked the resource chain to resolve each {@code @{…}} link on each request — measured at about
 * 70 % of a page's CPU (issue 14); a static link resolves the same way until the jar changes, so
 * each is resolved once and remembered. Other links pass through untouched.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

    /** Takes the place of Spring Boot's ResourceUrlEncodingFilter, which would resolve every link every time. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Bean
    FilterRegistrationBean<RememberedLinks> rememberedStaticLinks() {
        FilterRegistrationBean<RememberedLinks> on = new FilterRegistrationBean<>(new RememberedLinks());
        on.setOrder(Ordered.LOWEST_PRECEDENCE);
        return on;
    }

    static final class RememberedLinks extends OncePerRequestFilter {

        /** Static links are a few dozen; the bound keeps a page that invents links from growing the map. */
        private static final int MOST = 2_000;

        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(isStatic(request, url) ? resolve(request, url) : url);
                }
            });
        }

        private boolean isStatic(HttpServletRequest request, String url) {
            String path = url.startsWith(request.getContextPath()) ? url.substring(request.getContextPath().length()) : url;
            return (path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/"))
                    && path.indexOf('?') < 0 && path.indexOf('#') < 0;
        }

        private String resolve(HttpServletRequest request, String url) {
            String known = resolved.get(url);
            if (known != null) {
                return known;
            }
            // The resource chain's provider, as Spring MVC exposes it to the request it handles (none outside MVC).
            if (!(request.getAttribute(ResourceUrlProvider.class.getName()) instanceof ResourceUrlProvider resources)) {
                return url;
            }
            String found = resources.getForRequestUrl(request, url);
            String link = found != null ? found : url;
            if (resolved.size() < MOST) {
                resolved.put(url, link);
            }
            return link;
        }
    }
}
