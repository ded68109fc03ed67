package cn.duban.security;

/** At least 8 characters from at least 3 of: upper case, lower case, digits, symbols. */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /** The reason a password is refused, or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.length() < 8) {
            return "密码至少 8 位";
        }
        if (password.length() > 64) {
            return "密码不能超过 64 位";
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return classes >= 3 ? null : "密码须包含大写字母、小写字母、数字、符号中的至少三类";
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
