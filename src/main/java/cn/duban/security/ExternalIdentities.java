package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.refusal.NotFound;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which Duban account a person's identity at a provider signs in as. Linked by the security
 * administrator, or matched once by a configured claim (the provider's 工号 equal to a Duban username)
 * and kept as a link from then on; never an account made for an identity nobody linked. One identity
 * per account and provider.
 */
@Repository
class ExternalIdentities {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final Clock clock;

    ExternalIdentities(JdbcClient jdbc, AuditTrail audit, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A link, as the security administrator's page and API list it. */
    record Link(String provider, String subject, long accountId, String username, String displayName, String how, String linkedBy,
            OffsetDateTime linkedAt) {
    }

    /** The roles a configured claim may match once; every other account is linked by the security administrator. */
    static final java.util.Set<Role> MATCHABLE = java.util.EnumSet.of(Role.LIAISON, Role.UNIT_HEAD, Role.LEADER);

    Optional<UserAccount> accountOf(String provider, String subject) {
        return jdbc.sql("select account_id from external_identity where provider = :p and subject = :s").param("p", provider)
                .param("s", subject).query(Long.class).optional().flatMap(accounts::find);
    }

    List<Link> all() {
        return jdbc.sql("""
                select x.provider, x.subject, x.account_id, u.username, u.display_name, x.how, x.linked_by, x.linked_at
                from external_identity x join app_user u on u.id = x.account_id order by x.provider, u.username""")
                .query(Link.class).list();
    }

    /** The security administrator links an account to an identity; refused when either is linked already. */
    @Transactional
    void link(String provider, String subject, String username, String by) {
        if (provider == null || provider.isBlank() || subject == null || subject.isBlank()) {
            throw new AccountRejected("请填写身份提供方和外部身份标识", "subject");
        }
        UserAccount account = accounts.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new AccountRejected("没有这个督办账号", "username"));
        insert(provider, subject.strip(), account, "LINKED", by);
    }

    /**
     * Matched once: the claim's value is a Duban username and that account has no identity at this provider yet. Kept
     * as a link, so that a later change of the claim's value does not move the person to another account.
     */
    @Transactional
    Optional<UserAccount> matchOnce(String provider, String subject, String claimValue) {
        if (claimValue == null || claimValue.isBlank()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.find(claimValue.strip());
        // Only the roles that report, approve and read: an office, an administrator or an auditor is linked by the
        // security administrator, never by a claim someone might set.
        if (account.isEmpty() || !MATCHABLE.contains(account.get().role())
                || jdbc.sql("select exists (select 1 from external_identity where provider = :p and account_id = :a)")
                        .param("p", provider).param("a", account.get().id()).query(Boolean.class).single()) {
            return Optional.empty();
        }
        insert(provider, subject, account.get(), "MATCHED", "统一身份认证");
        return account;
    }

    private void insert(String provider, String subject, UserAccount account, String how, String by) {
        int added = jdbc.sql("""
                insert into external_identity (provider, subject, account_id, how, linked_by, linked_at)
                values (:p, :s, :a, :h, :by, :at) on conflict do nothing""")
                .param("p", provider).param("s", subject).param("a", account.id()).param("h", how).param("by", by)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        if (added == 0) {
            throw new AccountRejected("该外部身份或该账号已与" + provider + "的身份关联，请先解除原关联", "subject");
        }
        audit.record("MATCHED".equals(how) ? "统一身份按声明匹配关联" : "关联统一身份", "app_user", account.id(), null,
                Map.of("provider", provider, "subject", subject, "username", account.username()));
    }

    @Transactional
    void unlink(String provider, String subject) {
        Optional<UserAccount> account = accountOf(provider, subject);
        if (account.isEmpty()) {
            throw new NotFound("没有这个关联");
        }
        jdbc.sql("delete from external_identity where provider = :p and subject = :s").param("p", provider).param("s", subject)
                .update();
        // The sessions that identity opened end with the link (the stamp ends every session of the account).
        jdbc.sql("update app_user set session_stamp = session_stamp + 1 where id = :id").param("id", account.get().id()).update();
        audit.record("解除统一身份关联", "app_user", account.get().id(), Map.of("provider", provider, "subject", subject), null);
    }
}
