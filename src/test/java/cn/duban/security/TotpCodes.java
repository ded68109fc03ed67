package cn.duban.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Authenticator codes for tests outside this package (a test plays the user's phone). */
public final class TotpCodes {

    private TotpCodes() {
    }

    /** The code for the 30-second step {@code offset} steps from now. */
    public static String code(String secret, int offset) {
        long step = Math.floorDiv(System.currentTimeMillis() / 1000, Totp.STEP_SECONDS) + offset;
        return Totp.code(Totp.unbase32(secret), step);
    }

    public static long step() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, Totp.STEP_SECONDS);
    }

    /** The secrets this run set up, by user: the test plays each user's phone. */
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    /** Keeps the key an enrolment page showed for {@code username}. */
    public static void remember(String username, String secret) {
        SECRETS.put(username, secret.replace(" ", ""));
    }

    /**
     * A code for {@code username} not used before: each step's code is accepted once, so a second
     * sign-in within 30 s takes the next step's.
     */
    public static String next(String username) {
        long now = step();
        long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
        int offset = last >= now ? (int) (last - now) + 1 : 0;
        LAST_STEP.put(username, now + offset);
        return code(SECRETS.get(username), offset);
    }
}
