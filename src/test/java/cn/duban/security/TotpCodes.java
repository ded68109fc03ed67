package cn.duban.security;

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
}
