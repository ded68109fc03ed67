package cn.duban.security;

import cn.duban.audit.AuditTrail;
import cn.duban.crypto.FieldCipher;
import cn.duban.crypto.Masking;
import cn.duban.org.Organisations;
import cn.duban.refusal.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users, their passwords and their failed logins, in PostgreSQL. */
@Repository
public class UserAccounts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(30);

    static final String COLUMNS = """
            id, username, display_name, organisation_id, role, must_change_password, failed_attempts, locked_until, enabled,
            session_stamp, password_changed_at,
            totp_enabled_at is not null or exists (select 1 from user_credentials c join user_entities e on e.id = c.user_entity_user_id
                                                   where e.name = app_user.username) as second_factor""";
    /** A new password may not be any of this many before it (the current one included). */
    static final int HISTORY = 5;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Organisations organisations;

    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;

    /** The application's clock: a lock runs for 30 minutes of it from the failure that set it. */
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Organisations organisations,
            FieldCipher cipher, ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.cipher = cipher;
        this.events = events;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.organisations = organisations;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :u").param("u", username)
                .query(UserAccount.class).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by organisation_id, role, username")
                .query(UserAccount.class).list();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :u").param("u", username)
                .query(String.class).optional();
    }

    /** Creates a user who must change the given initial password at first login. */
    @Transactional
    public UserAccount create(String username, String displayName, long organisationId, Role role, String initialPassword) {
        if (username == null || !username.matches("[A-Za-z0-9_.-]{3,40}")) {
            throw new AccountRejected("用户名须为 3–40 位字母、数字、点、下划线或连字符");
        }
        if (find(username).isPresent()) {
            throw new AccountRejected("用户名“" + username + "”已被使用");
        }
        if (organisations.find(organisationId).isEmpty()) {
            throw new AccountRejected("所属单位不存在");
        }
        String problem = PasswordPolicy.problem(initialPassword, username);
        if (problem != null) {
            throw new AccountRejected(problem);
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        long id = jdbc.sql("""
                insert into app_user (username, display_name, organisation_id, role, password_hash)
                values (:u, :d, :o, :r, :h) returning id""")
                .param("u", username).param("d", name).param("o", organisationId).param("r", role.name())
                .param("h", encoder.encode(initialPassword)).query(Long.class).single();
        audit.record("新增用户", "app_user", id, null,
                Map.of("username", username, "displayName", name, "organisationId", organisationId, "role", role.name()));
        return find(username).orElseThrow();
    }

    /**
     * Changes one's own password. A wrong current password counts as a failed login (so the
     * check cannot be used to guess); the new one meets the policy and is none of the last five.
     */
    @Transactional(noRollbackFor = AccountRejected.class)
    public void changePassword(String username, String current, String next) {
        String hash = passwordHash(username).orElseThrow(() -> new AccountRejected("用户不存在"));
        UserAccount user = find(username).orElseThrow();
        if (user.lockedUntil() != null && user.lockedUntil().toInstant().isAfter(clock.instant())) {
            throw new AccountRejected("账号已锁定，请 30 分钟后再试或联系管理员");
        }
        if (!encoder.matches(current, hash)) {
            failedLogin(username, "修改密码");
            throw new AccountRejected("当前密码不正确");
        }
        String problem = PasswordPolicy.problem(next, username);
        if (problem != null) {
            throw new AccountRejected(problem);
        }
        List<String> recent = new ArrayList<>(List.of(hash));
        recent.addAll(jdbc.sql("select hash from password_history where user_id = :u order by replaced_at desc, id desc limit :n")
                .param("u", user.id()).param("n", HISTORY - 1).query(String.class).list());
        if (recent.stream().anyMatch(h -> encoder.matches(next, h))) {
            throw new AccountRejected("新密码不能与最近 " + HISTORY + " 次使用过的密码相同");
        }
        jdbc.sql("insert into password_history (user_id, hash) values (:u, :h)").param("u", user.id()).param("h", hash).update();
        jdbc.sql("""
                update app_user set password_hash = :h, must_change_password = false, session_stamp = session_stamp + 1,
                                    password_changed_at = now(), failed_attempts = 0
                where username = :u""")
                .param("h", encoder.encode(next)).param("u", username).update();
        audit.record("修改密码", "app_user", user.id(), null, Map.of("username", username, "tokensRevoked", revokeTokens(user.id())));
        events.publishEvent(new PasswordChanged(username));
    }

    /** Whether every one of these accounts has replaced the password it was given (an unknown name counts as not). */
    public boolean allChangedTheirPasswords(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return true;
        }
        long changed = jdbc.sql("select count(*) from app_user where username in (:u) and not must_change_password")
                .param("u", usernames).query(Long.class).single();
        return changed == usernames.size();
    }

    /**
     * A changed or reset password ends the account's access tokens too: whoever had the old password
     * may have made one, and a token must not outlive the credential that made it. Returns how many.
     */
    private int revokeTokens(long userId) {
        return jdbc.sql("update api_token set revoked_at = now() where user_id = :u and revoked_at is null")
                .param("u", userId).update();
    }

    public Optional<UserAccount> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id)
                .query(UserAccount.class).optional();
    }

    /** A new initial password, to be changed at the next login; any lock is lifted. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount user = find(id).orElseThrow(() -> new NotFound("用户不存在"));
        String initial = PasswordPolicy.initial();
        jdbc.sql("""
                update app_user set password_hash = :h, must_change_password = true, failed_attempts = 0,
                                    locked_until = null, session_stamp = session_stamp + 1 where id = :id""")
                .param("h", encoder.encode(initial)).param("id", id).update();
        audit.record("重置密码", "app_user", id, null, Map.of("username", user.username(), "tokensRevoked", revokeTokens(id)));
        return initial;
    }

    /** A role granted; for an account that had none and has never signed in, its first password (shown once). */
    public record Granted(UserAccount account, String initialPassword) {
    }

    /**
     * The security administrator grants a role (三权分立): never to himself, and the account's
     * sessions end so that the new rights, and only they, apply from its next sign-in. Audited.
     * An account waiting for its first role that has never signed in gets its first password now, shown
     * to the security administrator only: the administrator who created it never knows a password that
     * carries rights.
     */
    @Transactional
    public Granted grant(long id, Role role, String byUsername) {
        UserAccount user = find(id).orElseThrow(() -> new NotFound("用户不存在"));
        if (role == null) {
            throw new AccountRejected("请选择要授予的角色");
        }
        if (user.username().equals(byUsername)) {
            throw new AccountRejected("不能给自己授予或更改角色");
        }
        jdbc.sql("update app_user set role = :r, session_stamp = session_stamp + 1 where id = :id")
                .param("r", role.name()).param("id", id).update();
        audit.record("授予角色", "app_user", id, Map.of("role", user.role().name()), Map.of("role", role.name(), "by", byUsername));
        String initial = user.role() == Role.PENDING && role != Role.PENDING && user.mustChangePassword() ? resetPassword(id) : null;
        return new Granted(find(id).orElseThrow(), initial);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String byUsername) {
        UserAccount user = find(id).orElseThrow(() -> new NotFound("用户不存在"));
        if (!enabled && user.username().equals(byUsername)) {
            throw new AccountRejected("不能停用自己的账号");
        }
        jdbc.sql("update app_user set enabled = :e, session_stamp = session_stamp + 1 where id = :id")
                .param("e", enabled).param("id", id).update();
        audit.record(enabled ? "启用用户" : "停用用户", "app_user", id, Map.of("enabled", user.enabled()), Map.of("enabled", enabled));
    }

    /** A try that failed: the fifth in a row locks the account for 30 minutes (a lock that ran out starts the count again). */
    @Transactional
    public void failedLogin(String username, String address) {
        failedLogin(username, address, OffsetDateTime.now(clock));
    }

    private void failedLogin(String username, String address, OffsetDateTime now) {
        jdbc.sql("""
                update app_user set
                    failed_attempts = case when locked_until is not null and locked_until <= :now then 1
                                           else failed_attempts + 1 end,
                    locked_until = case when locked_until is not null and locked_until <= :now then null
                                        when failed_attempts + 1 >= :max then :until else locked_until end
                where username = :u""")
                .param("max", MAX_FAILURES).param("until", now.plus(LOCK)).param("now", now).param("u", username).update();
        Optional<UserAccount> user = find(username);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", username);
        after.put("address", address);
        user.ifPresent(u -> {
            after.put("failedAttempts", u.failedAttempts());
            after.put("locked", u.lockedUntil() != null && u.lockedUntil().isAfter(now));
        });
        boolean lockedNow = Boolean.TRUE.equals(after.get("locked"));
        audit.recordAs(username, user.isEmpty() ? "登录失败（用户名不存在）" : lockedNow ? "登录失败，账号锁定" : "登录失败", "app_user",
                user.map(UserAccount::id).orElse(null), null, after);
    }

    /** A sign-in refused before its password was weighed: the account is locked or disabled. */
    @Transactional
    public void refusedLogin(String username, String address, String reason) {
        Optional<UserAccount> user = find(username);
        audit.recordAs(username, "登录被拒", "app_user", user.map(UserAccount::id).orElse(null), null,
                Map.of("username", username, "address", address, "reason", reason));
    }

    @Transactional
    public void succeededLogin(String username) {
        jdbc.sql(
                "update app_user set failed_attempts = 0, locked_until = null where username = :u and (failed_attempts > 0 or locked_until is not null)")
                .param("u", username).update();
    }

    /** Every attempt, with where it came from. */
    public void recordAttempt(String address, String username, boolean success) {
        jdbc.sql("insert into login_attempt (address, username, success) values (:a, :u, :s)")
                .param("a", address).param("u", username.length() > 100 ? username.substring(0, 100) : username)
                .param("s", success).update();
    }

    /** Failed attempts from an address in the last ten minutes. */
    public int recentFailuresFrom(String address) {
        return jdbc.sql("""
                select count(*) from login_attempt where address = :a and not success and at > now() - interval '10 minutes'""")
                .param("a", address).query(Integer.class).single();
    }

    /** Whether a session opened under {@code stamp} may go on: the account is enabled and its stamp has not moved. */
    public boolean sessionStillValid(String username, int stamp) {
        return jdbc.sql("select enabled and session_stamp = :s from app_user where username = :u")
                .param("u", username).param("s", stamp).query(Boolean.class).optional().orElse(false);
    }

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    /** A new account with its phone (optional): both in one transaction, both audited. */
    @Transactional
    public UserAccount createWithPhone(String username, String displayName, long organisationId, Role role, String password,
            String phone) {
        String p = phone == null ? "" : phone.strip().replace(" ", "");
        if (!p.isEmpty() && !PHONE.matcher(p).matches()) {
            throw new AccountRejected("手机号格式不正确（11 位手机号，或带区号的固定电话）");
        }
        UserAccount a = create(username, displayName, organisationId, role, password);
        if (!p.isEmpty()) {
            // Personal data at rest: SM4-encrypted, the key outside the database; the audit keeps it masked.
            jdbc.sql("update app_user set phone = :p where id = :id").param("p", cipher.seal(p)).param("id", a.id()).update();
            audit.record("登记手机号", "app_user", a.id(), null, Map.of("phone", Masking.phone(p)));
        }
        return a;
    }

    /** The account's phone as lists show it (138****5678), or "". */
    public String maskedPhone(long id) {
        String stored = jdbc.sql("select phone from app_user where id = :id").param("id", id).query(String.class).optional().orElse(null);
        return Masking.phone(cipher.open(stored));
    }

    /** Every account's phone as lists show it, by account id, in one query (accounts without one are absent). */
    public Map<Long, String> maskedPhones() {
        Map<Long, String> phones = new HashMap<>();
        jdbc.sql("select id, phone from app_user where phone is not null").query((rs, n) -> {
            phones.put(rs.getLong("id"), Masking.phone(cipher.open(rs.getString("phone"))));
            return null;
        }).list();
        return phones;
    }
}
