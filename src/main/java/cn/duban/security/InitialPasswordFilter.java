package cn.duban.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Until an initial password is changed, the password page is the only page there is. */
class InitialPasswordFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof DubanUser user && user.account().mustChangePassword()
                && !path.equals("/password") && !path.equals("/logout") && !path.startsWith("/css/")
                && !path.startsWith("/webjars/")) {
            if (path.startsWith("/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"status\":403,\"error\":\"请先登录网页修改初始密码\"}");
            } else {
                response.sendRedirect(request.getContextPath() + "/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
