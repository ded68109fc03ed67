package cn.duban.extract;

/**
 * A set of characters as a lookup table: the reader asks "does this text hold any of these?"
 * of nearly every sentence before it does anything costlier, so the answer must be one array
 * read a character.
 */
final class Chars {

    private final boolean[] member = new boolean[0x10000];

    private Chars(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            member[chars.charAt(i)] = true;
        }
    }

    static Chars of(String chars) {
        return new Chars(chars);
    }

    boolean has(char c) {
        return member[c];
    }

    /** Whether any character of {@code s} is in the set. */
    boolean anyIn(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (member[s.charAt(i)]) {
                return true;
            }
        }
        return false;
    }
}
