package cn.duban.security;

import cn.duban.org.Organisations;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which units' business data the signed-in user may see: an office or a leader its whole
 * area (its county), a unit's staff their own unit and the units under it, auditors and
 * administrators none. Every ledger query filters by this set on the server.
 */
@Component
public class CurrentScope {

    private final Organisations organisations;

    CurrentScope(Organisations organisations) {
        this.organisations = organisations;
    }

    public DubanUser user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DubanUser user) {
            return user;
        }
        throw new NotPermitted("请先登录");
    }

    public Set<Long> units() {
        DubanUser user = user();
        if (!user.role().seesBusinessData()) {
            throw new NotPermitted("该角色不能查看业务数据");
        }
        if (user.role() == Role.SUPERVISOR || user.role() == Role.LEADER) {
            return organisations.subtree(organisations.topOf(user.organisationId()));
        }
        return organisations.subtree(user.organisationId());
    }

    /** The area an office manages: the top of its branch. */
    public long area() {
        return organisations.topOf(user().organisationId());
    }

    public void require(boolean allowed) {
        if (!allowed) {
            throw new NotPermitted("没有权限执行此操作");
        }
    }
}
