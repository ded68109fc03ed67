package cn.duban;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * MockMvc tests carry their session as a {@code MockHttpSession} ({@code .session(s)}), not as a
 * cookie. Sessions themselves still live in PostgreSQL through Spring Session, as in production:
 * only the session's <em>id</em> rides in the mock session instead of the SESSION cookie. Requests
 * from a real client (browser tests, the two-node test) use the cookie as production does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockSessionIds {

    static final String KEY = MockSessionIds.class.getName() + ".id";

    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                MockHttpServletRequest mock = mock(request);
                HttpSession carried = mock == null ? null : mock.getSession(false);
                if (carried != null && carried.getAttribute(KEY) instanceof String id) {
                    return List.of(id);
                }
                return cookies.resolveSessionIds(request);
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                cookies.setSessionId(request, response, sessionId);
                MockHttpServletRequest mock = mock(request);
                if (mock != null) {
                    mock.getSession(true).setAttribute(KEY, sessionId);
                }
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                cookies.expireSession(request, response);
                MockHttpServletRequest mock = mock(request);
                HttpSession carried = mock == null ? null : mock.getSession(false);
                if (carried != null) {
                    carried.removeAttribute(KEY);
                }
            }
        };
    }

    private static MockHttpServletRequest mock(ServletRequest request) {
        while (request instanceof HttpServletRequestWrapper w) {
            request = w.getRequest();
        }
        return request instanceof MockHttpServletRequest m ? m : null;
    }
}
