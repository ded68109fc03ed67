package cn.duban.crypto;

/**
 * How personal data shows in lists (GB/T 35273 去标识化 in display): enough to tell entries apart,
 * not enough to use them. The full value is shown only to whom it belongs, where it is edited.
 */
public final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678; other numbers keep their first three and last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.strip();
        if (p.length() >= 11) {
            return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
        }
        if (p.length() > 5) {
            return p.substring(0, 3) + "*".repeat(p.length() - 5) + p.substring(p.length() - 2);
        }
        return "*".repeat(p.length());
    }

    /** zhang.san@qingchuan.gov.cn → z***n@qingchuan.gov.cn. */
    public static String email(String email) {
        if (email == null || !email.contains("@")) {
            return email == null ? "" : "***";
        }
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        String shown = local.length() <= 2 ? local.charAt(0) + "***" : local.charAt(0) + "***" + local.charAt(local.length() - 1);
        return shown + email.substring(at);
    }

    /** A webhook keeps its host and path; its access token (the secret part) shows only its first four characters. */
    public static String webhook(String url) {
        if (url == null) {
            return "";
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return url.length() > 40 ? url.substring(0, 40) + "…" : url;
        }
        String query = url.substring(q + 1);
        int eq = query.indexOf('=');
        String value = eq < 0 ? query : query.substring(eq + 1);
        String name = eq < 0 ? "" : query.substring(0, eq + 1);
        return url.substring(0, q + 1) + name + (value.length() > 4 ? value.substring(0, 4) + "…" : "…");
    }
}
