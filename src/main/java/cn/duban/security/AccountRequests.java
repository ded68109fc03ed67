package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.refusal.NotFound;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三权分立 for the steps that would let one administrator take an account over or silence another:
 * the system administrator <em>asks</em> to reset a password, or to disable or enable one of the three
 * administrators, and a second person confirms — the security administrator, or the auditor when the
 * account is a security administrator's. A reset's temporary password is shown to the confirming
 * person only, once, to hand to the account's owner; the one who asked never sees it.
 */
@Service
public class AccountRequests {

    /** What is asked. */
    public enum Kind {
        RESET_PASSWORD("重置密码"), DISABLE("停用账号"), ENABLE("启用账号");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A request as the pages and the API show it. */
    public record Request(long id, Kind kind, long userId, String username, String displayName, Role role, String requestedBy,
            OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String outcome) {
        public boolean open() {
            return outcome == null;
        }
    }

    /** A confirmed request: for a reset, the temporary password to hand over (shown this once). */
    public record Decision(Request request, String initialPassword) {
    }

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final AuditTrail audit;

    AccountRequests(JdbcClient jdbc, UserAccounts accounts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The three administrators: disabling or enabling one of them needs a second person too. */
    static boolean administrator(Role role) {
        return role == Role.ADMIN || role == Role.SECURITY_ADMIN || role == Role.AUDITOR;
    }

    /** Who must confirm a step on an account of this role. */
    static Role confirmerFor(Role target) {
        return target == Role.SECURITY_ADMIN ? Role.AUDITOR : Role.SECURITY_ADMIN;
    }

    /** The system administrator asks; nothing changes until someone else confirms. */
    @Transactional
    public Request ask(Kind kind, long userId, DubanUser by) {
        if (by.role() != Role.ADMIN) {
            throw new NotPermitted("只有系统管理员可以提出账号处置申请");
        }
        UserAccount target = accounts.find(userId).orElseThrow(() -> new NotFound("用户不存在"));
        if (target.id() == by.account().id()) {
            throw new AccountRejected("不能对自己的账号提出申请；修改本人密码请用“修改密码”");
        }
        if (kind == Kind.DISABLE && !target.enabled() || kind == Kind.ENABLE && target.enabled()) {
            throw new AccountRejected("账号已是" + (target.enabled() ? "启用" : "停用") + "状态");
        }
        boolean open = jdbc.sql("select exists (select 1 from account_request where user_id = :u and kind = :k and outcome is null)")
                .param("u", userId).param("k", kind.name()).query(Boolean.class).single();
        if (open) {
            throw new AccountRejected("该账号已有一条待确认的“" + kind.label() + "”申请");
        }
        long id = jdbc.sql("insert into account_request (kind, user_id, requested_by) values (:k, :u, :by) returning id")
                .param("k", kind.name()).param("u", userId).param("by", by.getUsername()).query(Long.class).single();
        audit.record("提出账号处置申请", "account_request", id, null, Map.of("kind", kind.name(), "username", target.username(),
                "confirmer", confirmerFor(target.role()).label()));
        return find(id);
    }

    /** Requests the given person may decide (open ones first), and those he asked. */
    public List<Request> visibleTo(DubanUser user) {
        return all().stream().filter(r -> r.requestedBy().equals(user.getUsername()) || mayDecide(r, user)).toList();
    }

    /** Open requests this person may decide. */
    public List<Request> waitingFor(DubanUser user) {
        return all().stream().filter(r -> r.open() && mayDecide(r, user)).toList();
    }

    private List<Request> all() {
        return jdbc.sql("""
                select r.id, r.kind, r.user_id, u.username, u.display_name, u.role, r.requested_by, r.requested_at,
                       r.decided_by, r.decided_at, r.outcome
                from account_request r join app_user u on u.id = r.user_id
                order by r.outcome is not null, r.id desc limit 200""")
                .query(Request.class).list();
    }

    private Request find(long id) {
        return jdbc.sql("""
                select r.id, r.kind, r.user_id, u.username, u.display_name, u.role, r.requested_by, r.requested_at,
                       r.decided_by, r.decided_at, r.outcome
                from account_request r join app_user u on u.id = r.user_id where r.id = :id""")
                .param("id", id).query(Request.class).optional().orElseThrow(() -> new NotFound("申请不存在"));
    }

    /** The second person: of the confirming role, neither the one who asked nor the account's owner. */
    static boolean mayDecide(Request r, DubanUser user) {
        return user.role() == confirmerFor(r.role()) && !user.getUsername().equals(r.requestedBy())
                && user.account().id() != r.userId();
    }

    /** Confirms and carries out the request; a reset's temporary password is returned for this once. */
    @Transactional
    public Decision confirm(long id, DubanUser by) {
        Request r = decide(id, by, "CONFIRMED");
        String initial = null;
        switch (r.kind()) {
            case RESET_PASSWORD -> initial = accounts.resetPassword(r.userId());
            case DISABLE -> accounts.setEnabled(r.userId(), false, by.getUsername());
            case ENABLE -> accounts.setEnabled(r.userId(), true, by.getUsername());
        }
        return new Decision(find(id), initial);
    }

    @Transactional
    public Request refuse(long id, DubanUser by) {
        decide(id, by, "REFUSED");
        return find(id);
    }

    private Request decide(long id, DubanUser by, String outcome) {
        // The row is locked so that two confirmations of one request cannot both carry it out.
        jdbc.sql("select id from account_request where id = :id for update").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("申请不存在"));
        Request r = find(id);
        if (!r.open()) {
            throw new AccountRejected("该申请已处理");
        }
        if (!mayDecide(r, by)) {
            throw new NotPermitted("该申请须由" + confirmerFor(r.role()).label() + "确认（提出人和账号本人不能确认）");
        }
        jdbc.sql("update account_request set outcome = :o, decided_by = :by, decided_at = now() where id = :id")
                .param("o", outcome).param("by", by.getUsername()).param("id", id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", r.kind().name());
        after.put("username", r.username());
        after.put("requestedBy", r.requestedBy());
        after.put("outcome", outcome);
        audit.record("CONFIRMED".equals(outcome) ? "确认账号处置申请" : "驳回账号处置申请", "account_request", id, null, after);
        return r;
    }
}
