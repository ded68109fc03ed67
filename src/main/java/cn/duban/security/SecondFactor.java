package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.crypto.FieldCipher;
import cn.duban.refusal.NotFound;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (等保三级 §8.1.4.1 d: two or more authentication techniques, one of them
 * cryptographic): a TOTP authenticator, with ten one-time recovery codes for a lost phone.
 * Required for the office and the three administrators (configurable), optional for the rest.
 * The secret is kept SM4-encrypted; recovery codes only as HMAC-SM3 digests. Wrong codes count
 * with wrong passwords towards the account's lock, so the six digits cannot be guessed either.
 */
@Service
public class SecondFactor {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "督办";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final Set<Role> requiredFor;
    /**
     * TOTP steps count real time, as the authenticator app on the user's phone does, and a step once
     * used must never come round again (totp_last_step only moves forward): not the application's
     * clock, which tests move to other days — a code from the phone would be refused after that.
     */
    private final Clock totpClock = Clock.systemUTC();
    /** The application's clock, for locks (as UserAccounts sets them). */
    private final Clock clock;

    SecondFactor(JdbcClient jdbc, FieldCipher cipher, AuditTrail audit, UserAccounts accounts,
            @Value("${duban.security.second-factor-roles:SUPERVISOR,ADMIN,SECURITY_ADMIN,AUDITOR}") List<Role> requiredFor,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.accounts = accounts;
        this.requiredFor = requiredFor.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredFor);
        this.clock = clock;
    }

    /** Whether accounts of this role must sign in with a second factor. */
    public boolean requiredFor(Role role) {
        return requiredFor.contains(role);
    }

    /** Whether a password sign-in of this account is followed by a second step (a code, a passkey, or setting one up). */
    public boolean stepFollows(UserAccount account) {
        return account.secondFactor() || requiredFor(account.role());
    }

    /** A new secret to show while enrolling; nothing is stored until a code from it is confirmed. */
    public record Enrolment(String secret, String uri) implements Serializable {
        /** The key as people type it: groups of four. */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    public Enrolment begin(String username) {
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.uri(ISSUER, username, secret));
    }

    /**
     * Stores the secret once the user shows a code made from it, and returns the recovery codes
     * (shown once). Refused, with nothing changed, when the code is wrong.
     */
    @Transactional
    public List<String> confirm(long userId, String secret, String code) {
        OptionalLong step = Totp.verify(secret, code, totpClock.instant().getEpochSecond(), null);
        if (step.isEmpty()) {
            throw new AccountRejected("验证码不正确：请确认手机时间准确，并输入验证器当前显示的 6 位数字");
        }
        jdbc.sql("update app_user set totp_secret = :s, totp_enabled_at = now(), totp_last_step = :t, failed_attempts = 0 where id = :id")
                .param("s", cipher.seal(secret)).param("t", step.getAsLong()).param("id", userId).update();
        audit.record("启用双因素认证", "app_user", userId, null, Map.of("method", "TOTP"));
        return newRecoveryCodes(userId);
    }

    /** Ten new recovery codes; the old ones stop working. */
    @Transactional
    public List<String> newRecoveryCodes(long userId) {
        jdbc.sql("delete from recovery_code where user_id = :u").param("u", userId).update();
        List<String> codes = new ArrayList<>();
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L to misread
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder c = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                c.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
                if (j == 4) {
                    c.append('-');
                }
            }
            codes.add(c.toString());
            jdbc.sql("insert into recovery_code (user_id, digest) values (:u, :d)")
                    .param("u", userId).param("d", cipher.digest(normalise(c.toString()))).update();
        }
        audit.record("生成恢复码", "app_user", userId, null, Map.of("count", RECOVERY_CODES));
        return codes;
    }

    /** How a second-factor attempt ended. */
    public enum Outcome {
        ACCEPTED, ACCEPTED_RECOVERY_CODE, WRONG, LOCKED
    }

    /**
     * Checks a code typed after the password: a current TOTP code, or an unused recovery code.
     * One account's attempts are checked one at a time; a wrong one counts as a failed sign-in.
     */
    @Transactional
    public Outcome check(String username, String code, String address) {
        // The account's row is locked first and its lock read under it: attempts for one account are weighed one at a
        // time, each against the count the one before left, and none after the fifth failure is weighed at all.
        Guarded row = guarded(username);
        if (row == null) {
            return Outcome.WRONG;
        }
        if (row.locked(clock.instant())) {
            accounts.refusedLogin(username, address, "账号已锁定（第二因素）");
            return Outcome.LOCKED;
        }
        String secret = cipher.open(row.secret());
        if (secret == null) {
            return Outcome.WRONG;
        }
        OptionalLong step = Totp.verify(secret, code, totpClock.instant().getEpochSecond(), row.lastStep());
        if (step.isPresent()) {
            jdbc.sql("update app_user set totp_last_step = :t, failed_attempts = 0 where id = :id")
                    .param("t", step.getAsLong()).param("id", row.id()).update();
            audit.recordAs(username, "第二因素验证通过", "app_user", row.id(), null, Map.of("method", "TOTP"));
            return Outcome.ACCEPTED;
        }
        String normalised = normalise(code);
        if (normalised.length() == 10) {
            int used = jdbc.sql("update recovery_code set used_at = now() where user_id = :u and digest = :d and used_at is null")
                    .param("u", row.id()).param("d", cipher.digest(normalised)).update();
            if (used == 1) {
                jdbc.sql("update app_user set failed_attempts = 0 where id = :id").param("id", row.id()).update();
                long left = jdbc.sql("select count(*) from recovery_code where user_id = :u and used_at is null")
                        .param("u", row.id()).query(Long.class).single();
                audit.recordAs(username, "第二因素验证通过", "app_user", row.id(), null, Map.of("method", "恢复码", "remaining", left));
                return Outcome.ACCEPTED_RECOVERY_CODE;
            }
        }
        accounts.recordAttempt(address, username, false);
        accounts.failedLogin(username, address);
        Guarded after = guarded(username);
        return after != null && after.locked(clock.instant()) ? Outcome.LOCKED : Outcome.WRONG;
    }

    /** The account's row as a second step needs it, locked for the rest of the transaction. */
    private record Guarded(long id, String secret, Long lastStep, OffsetDateTime lockedUntil) {
        boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
        }
    }

    private Guarded guarded(String username) {
        return jdbc.sql("select id, totp_secret, totp_last_step, locked_until from app_user where username = :u for update")
                .param("u", username)
                .query((rs, n) -> new Guarded(rs.getLong("id"), rs.getString("totp_secret"),
                        rs.getObject("totp_last_step") == null ? null : rs.getLong("totp_last_step"),
                        rs.getObject("locked_until", OffsetDateTime.class)))
                .optional().orElse(null);
    }

    /**
     * A passkey's signature was accepted after the password: the sign-in is complete unless the
     * account is locked (read under its row lock, as for codes). Returns whether it may go on.
     */
    @Transactional
    public boolean passkeyAccepted(String username, long userId, String address) {
        Guarded row = guarded(username);
        if (row == null || row.locked(clock.instant())) {
            accounts.refusedLogin(username, address, "账号已锁定（通行密钥）");
            return false;
        }
        jdbc.sql("update app_user set failed_attempts = 0 where id = :id").param("id", userId).update();
        audit.recordAs(username, "第二因素验证通过", "app_user", userId, null, Map.of("method", "通行密钥"));
        return true;
    }

    /** A passkey that did not verify counts as a failed sign-in, as a wrong code does. */
    @Transactional
    public void passkeyFailed(String username, String address) {
        guarded(username);
        accounts.recordAttempt(address, username, false);
        accounts.failedLogin(username, address);
    }

    /** Unused recovery codes left. */
    public long recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :u and used_at is null")
                .param("u", userId).query(Long.class).single();
    }

    /**
     * Removes the second factor: by its owner (who shows a current code), or by the security
     * administrator for someone who lost the phone and the codes. The account's sessions end; a
     * role that requires two factors enrols again at the next sign-in.
     */
    @Transactional
    public void remove(long userId, String byUsername) {
        UserAccount user = accounts.find(userId).orElseThrow(() -> new NotFound("用户不存在"));
        jdbc.sql("""
                update app_user set totp_secret = null, totp_enabled_at = null, totp_last_step = null,
                                    session_stamp = session_stamp + 1 where id = :id""")
                .param("id", userId).update();
        jdbc.sql("delete from recovery_code where user_id = :u").param("u", userId).update();
        jdbc.sql("delete from user_credentials c using user_entities e where e.id = c.user_entity_user_id and e.name = :u")
                .param("u", user.username()).update();
        // Whoever has the phone or the codes no more may have made tokens with them: the reset ends those too, so
        // nothing speaks for the account until its owner signs in, sets a second factor up again and makes new ones.
        int revoked = jdbc.sql("update api_token set revoked_at = now() where user_id = :u and revoked_at is null")
                .param("u", userId).update();
        audit.record("停用双因素认证", "app_user", userId, null, Map.of("username", user.username(), "by", byUsername,
                "tokensRevoked", revoked));
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
