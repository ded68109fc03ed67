package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.crypto.FieldCipher;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 访问令牌: how programs call the API (等保: no password sent on every call). A token belongs to
 * one account and acts with its role and unit, expires (at most a year), can be revoked at any
 * time, ends when the account is disabled, and is shown once — only its HMAC-SM3 digest is kept.
 */
@Service
public class ApiTokens {

    static final int MAX_DAYS = 365;
    static final int MAX_PER_USER = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, FieldCipher cipher, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * A token as its owner sees it. Whether it is active is the database's word, by the same now()
     * that stamped its expiry and that {@link #accountFor} accepts it by.
     */
    public record Token(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, boolean active) {
    }

    /** A token made: its secret text, shown once, and its record. */
    public record Issued(String secret, Token token) {
    }

    @Transactional
    public Issued issue(long userId, String name, int days) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 50) {
            throw new AccountRejected("请填写令牌用途（1 至 50 个字），例如“市平台数据对接”");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new AccountRejected("有效期应为 1 至 " + MAX_DAYS + " 天");
        }
        long active = jdbc.sql("select count(*) from api_token where user_id = :u and revoked_at is null and expires_at > now()")
                .param("u", userId).query(Long.class).single();
        if (active >= MAX_PER_USER) {
            throw new AccountRejected("每个账号最多 " + MAX_PER_USER + " 个有效令牌，请先撤销不用的令牌");
        }
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        String secret = "dbn_" + Totp.base32(bytes).toLowerCase(Locale.ROOT);
        Token token = jdbc.sql("""
                insert into api_token (user_id, name, prefix, digest, expires_at)
                values (:u, :n, :p, :d, now() + make_interval(days => :days))
                returning id, name, prefix, created_at, expires_at, last_used_at, revoked_at,
                          revoked_at is null and expires_at > now() as active""")
                .param("u", userId).param("n", label).param("p", secret.substring(0, 12)).param("d", cipher.digest(secret))
                .param("days", days).query(Token.class).single();
        audit.record("创建访问令牌", "api_token", token.id(), null, Map.of("name", label, "prefix", token.prefix(), "days", days));
        return new Issued(secret, token);
    }

    public List<Token> of(long userId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, expires_at, last_used_at, revoked_at,
                       revoked_at is null and expires_at > now() as active
                from api_token where user_id = :u order by id desc""")
                .param("u", userId).query(Token.class).list();
    }

    @Transactional
    public void revoke(long tokenId, long userId) {
        int n = jdbc.sql("update api_token set revoked_at = now() where id = :id and user_id = :u and revoked_at is null")
                .param("id", tokenId).param("u", userId).update();
        if (n == 0) {
            throw new AccountRejected("令牌不存在或已撤销");
        }
        audit.record("撤销访问令牌", "api_token", tokenId, null, Map.of("revoked", true));
    }

    /**
     * The account a token speaks for, if the token is live and the account enabled — one statement
     * per API call: the token found, its last use noted (at most once a minute), the account read.
     */
    public Optional<UserAccount> accountFor(String secret) {
        if (secret == null || !secret.startsWith("dbn_") || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                with found as (
                    select t.id, t.user_id, t.last_used_at from api_token t
                    where t.digest = :d and t.revoked_at is null and t.expires_at > now()),
                touched as (
                    update api_token set last_used_at = now() where id in (
                        select id from found where last_used_at is null or last_used_at < now() - interval '1 minute'))
                select %s from app_user where id = (select user_id from found) and enabled""".formatted(UserAccounts.COLUMNS))
                .param("d", cipher.digest(secret)).query(UserAccount.class).optional();
    }
}
