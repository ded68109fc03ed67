package cn.duban.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 等保三级's password rule as Duban applies it: at least 12 characters from at least three of
 * upper case, lower case, digits and symbols; not containing the user name; not one of the
 * passwords people choose most (a shipped list, compared without case and without the digits
 * and symbols people add at the end). Reuse and expiry are kept by {@link UserAccounts}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The reason a password is refused, or null when it is acceptable. */
    public static String problem(String password) {
        return problem(password, null);
    }

    public static String problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "密码至少 " + MIN_LENGTH + " 位";
        }
        if (password.length() > 64) {
            return "密码不能超过 64 位";
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "密码不能包含用户名";
        }
        if (COMMON.contains(lower) || COMMON.contains(stem(lower))) {
            return "密码过于常见，容易被猜中，请换一个";
        }
        return null;
    }

    /** Without the digits and symbols people append: "Password2024!" → "password". */
    private static String stem(String lower) {
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? lower : lower.substring(0, end);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).forEach(out::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** A random initial password that satisfies the policy. */
    public static String initial() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String lower = "abcdefghijkmnpqrstuvwxyz";
        String digits = "23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(upper.charAt(random.nextInt(upper.length())));
            b.append(lower.charAt(random.nextInt(lower.length())));
            b.append(digits.charAt(random.nextInt(digits.length())));
        }
        return b.toString();
    }
}
