package cn.duban.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Refused requests as the auditor sees them (等保: 访问控制 and 入侵防范 events): a role or unit
 * check, a CSRF token, a rate limit, a rejected token, a locked account, a password where a second
 * factor is due — each recorded with its reason, in a transaction of its own. An attack sends
 * thousands, and must not fill the table or slow the site: each address gets at most
 * {@link #PER_WINDOW} rows in ten minutes; the first row after that says how many were left out.
 */
@Component
public class Refusals {

    static final int PER_WINDOW = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Addresses remembered at once; beyond it windows that have ended are forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    Refusals(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** One address's current ten minutes: rows written, refusals left out. */
    private static final class Window {
        final Instant start;
        int written;
        int leftOut;

        Window(Instant start) {
            this.start = start;
        }
    }

    /**
     * Records a refusal of the request being served: {@code actor} is the account it was made for (or
     * the name that was tried), {@code reason} why, in the auditor's words.
     */
    public void record(String actor, String reason, String method, String path, int status) {
        RequestTrace.Trace trace = RequestTrace.current();
        String address = trace == null ? "unknown" : trace.address();
        Integer leftOut = admit(address);
        if (leftOut == null) {
            return;
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("reason", reason);
        what.put("method", method);
        what.put("path", path == null || path.length() <= 300 ? path : path.substring(0, 300));
        what.put("status", status);
        what.put("address", address);
        if (leftOut > 0) {
            what.put("leftOut", leftOut);
            what.put("note", "此前 10 分钟内同一地址另有 " + leftOut + " 次被拒请求未逐条记录");
        }
        String who = actor == null || actor.isBlank() ? AuditTrail.actor() : actor;
        audit.recordAloneAs(who.length() > 100 ? who.substring(0, 100) : who, "访问被拒", "request", null, null, what);
    }

    /** Null when this address has had its rows for the window; else how many were left out before this one. */
    private Integer admit(String address) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.start.plus(WINDOW).isBefore(now));
            if (windows.size() >= MAX_ADDRESSES) {
                windows.clear();
            }
        }
        Window w = windows.compute(address, (a, old) -> old == null || !old.start.plus(WINDOW).isAfter(now) ? carry(old, now) : old);
        synchronized (w) {
            if (w.written >= PER_WINDOW) {
                w.leftOut++;
                return null;
            }
            w.written++;
            int before = w.leftOut;
            w.leftOut = 0;
            return before;
        }
    }

    /** A new window; what the last one left out is said by the first row of the new one. */
    private static Window carry(Window old, Instant now) {
        Window w = new Window(now);
        if (old != null) {
            synchronized (old) {
                w.leftOut = old.leftOut;
            }
        }
        return w;
    }
}
