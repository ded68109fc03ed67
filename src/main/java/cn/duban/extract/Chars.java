package cn.duban.extract;

/** Character tests the reader makes before it does anything costlier. */
final class Chars {

    private Chars() {
    }

    /** Whether any character of {@code s} is one of {@code chars}. */
    static boolean containsAny(CharSequence s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
