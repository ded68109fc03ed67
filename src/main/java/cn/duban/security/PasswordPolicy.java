package cn.duban.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 等保三级's password rule as Duban applies it: at least 12 characters from at least three of
 * upper case, lower case, digits and symbols; not containing the user name; not one of the
 * passwords people choose most — the 10,000 most common of zxcvbn's list and a list of our own,
 * compared without case and without the digits and symbols people add at the end — and not
 * guessable by the patterns people build them from: keyboard walks (1qaz@WSX, shifted or not),
 * sequences, repeats, years and dates, and common words, Chinese pinyin and company names among
 * them (Huawei@123456). The last is zxcvbn's estimate of the guesses needed, at least 10⁸ (an online
 * guesser allowed 5 tries per half hour needs millennia), on the password as typed and with its
 * shifted symbols read as the keys they sit on. Reuse and expiry are kept by {@link UserAccounts}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** How many of zxcvbn's most common passwords are refused outright. */
    static final int TOP = 10_000;
    /** The fewest guesses a password must need (zxcvbn's score 3). */
    static final double MIN_GUESSES = 1e8;
    private static final Set<String> COMMON = load();
    private static final List<String> WORDS = words();
    private static final Zxcvbn ESTIMATE = new Zxcvbn();
    /** US keyboard: the key a shifted symbol is typed on. */
    private static final String SHIFTED = "!@#$%^&*()_+{}|:\"<>?~";
    private static final String UNSHIFTED = "1234567890-=[]\\;',./`";

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
        if (COMMON.contains(lower) || COMMON.contains(stem(lower)) || COMMON.contains(core(lower))) {
            return "密码过于常见，容易被猜中，请换一个";
        }
        List<String> inputs = username == null ? WORDS : with(WORDS, username.toLowerCase(Locale.ROOT));
        if (ESTIMATE.measure(password, inputs).getGuesses() < MIN_GUESSES
                || ESTIMATE.measure(unshifted(lower), inputs).getGuesses() < MIN_GUESSES) {
            return "密码由常见词、拼音、公司名、年份、连续或键盘相邻的字符组成，容易被猜中，请换一个";
        }
        return null;
    }

    /** The password with each shifted symbol read as the key it is typed on: 1qaz@WSX → 1qaz2wsx. */
    static String unshifted(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            int i = SHIFTED.indexOf(c);
            b.append(i >= 0 ? UNSHIFTED.charAt(i) : c);
        }
        return b.toString();
    }

    /** Without what people put before and after a word: "@Admin2024!" → "admin". */
    private static String core(String lower) {
        int start = 0;
        while (start < lower.length() && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        String rest = lower.substring(start);
        String stemmed = stem(rest);
        return stemmed.isEmpty() ? lower : stemmed;
    }

    private static List<String> with(List<String> words, String more) {
        List<String> all = new ArrayList<>(words);
        all.add(more);
        return all;
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
        Set<String> out = new HashSet<>(lines("/security/common-passwords.txt", Integer.MAX_VALUE));
        // zxcvbn's list is ordered by how often each password was found in leaks.
        out.addAll(lines("/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt", TOP));
        return out;
    }

    private static List<String> words() {
        return List.copyOf(lines("/security/password-words-zh.txt", Integer.MAX_VALUE));
    }

    private static List<String> lines(String resource, int limit) {
        try (var in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).limit(limit).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random initial password that satisfies the policy. */
    public static String initial() {
        SecureRandom random = new SecureRandom();
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
