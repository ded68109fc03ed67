package cn.duban.security;

import cn.duban.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A program's sign-in, as the auditor sees it (等保: every successful identification is recorded).
 * A program proves itself on every call — by token or, for accounts without a second factor, by
 * password — so a sign-in is recorded the first time an account calls from an address by one means,
 * and again after ten minutes without such a call; the calls between are one sitting.
 */
@Component
class SignIns {

    static final Duration SITTING = Duration.ofMinutes(10);
    private static final int MAX_REMEMBERED = 10_000;

    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, Instant> lastCall = new ConcurrentHashMap<>();

    SignIns(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** A call by {@code how} ("访问令牌", "HTTP Basic") authenticated as {@code user}. */
    void byProgram(DubanUser user, String how) {
        String address = AuditTrail.address();
        Instant now = clock.instant();
        String key = user.getUsername() + '|' + how + '|' + address;
        if (lastCall.size() >= MAX_REMEMBERED) {
            lastCall.values().removeIf(at -> at.plus(SITTING).isBefore(now));
            if (lastCall.size() >= MAX_REMEMBERED) {
                lastCall.clear();
            }
        }
        Instant before = lastCall.put(key, now);
        if (before == null || !before.plus(SITTING).isAfter(now)) {
            audit.recordAloneAs(user.getUsername(), "登录成功", "app_user", user.account().id(), null,
                    Map.of("username", user.getUsername(), "method", how, "address", address,
                            "note", "程序调用：同一地址 10 分钟内的后续调用不再逐条记录"));
        }
    }
}
