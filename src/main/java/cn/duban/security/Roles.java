package cn.duban.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a page shows by role ({@code th:if="${@roles.any('SUPERVISOR','LEADER')}"}): the signed-in
 * user's authorities checked directly. The security dialect's {@code sec:authorize} parsed a
 * SpEL access expression at every use — twenty on every page's menu — which cost more than many
 * pages' data (issue 14). Only what is shown depends on this; every endpoint checks access itself.
 */
@Component("roles")
public class Roles {

    public boolean any(String... roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            String held = a.getAuthority();
            for (String role : roles) {
                if (held != null && held.length() == role.length() + 5 && held.startsWith("ROLE_") && held.endsWith(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof DubanUser;
    }
}
