package cn.duban.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words looked up at a position, as a prefix or a suffix. The reader's cues
 * (已, 预计, 以上, 年产…) are checked for every number it reads; an alternation regex tries every
 * word at every position, while this touches only positions whose character starts or ends a word.
 */
final class WordSet {

    private final BitSet firsts = new BitSet(0x10000);
    private final BitSet lasts = new BitSet(0x10000);
    private final CharTable byFirst;
    private final CharTable byLast;

    WordSet(String... words) {
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String w : words) {
            first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            firsts.set(w.charAt(0));
            lasts.set(w.charAt(w.length() - 1));
        }
        byFirst = new CharTable(first);
        byLast = new CharTable(last);
    }

    /** Words by a character, indexed directly: the lookup runs for nearly every character read. */
    private static final class CharTable {
        private final String[][] words = new String[0x10000][];

        CharTable(Map<Character, List<String>> map) {
            map.forEach((c, list) -> words[c] = longestFirst(list));
        }

        String[] get(char c) {
            return words[c];
        }
    }

    private static String[] longestFirst(List<String> list) {
        String[] a = list.toArray(new String[0]);
        Arrays.sort(a, Comparator.comparingInt(String::length).reversed());
        return a;
    }

    boolean mayStartWith(char c) {
        return firsts.get(c);
    }

    /** The longest word starting at {@code at}, or null. */
    String at(CharSequence s, int at) {
        if (at < 0 || at >= s.length() || !firsts.get(s.charAt(at))) {
            return null;
        }
        for (String w : byFirst.get(s.charAt(at))) {
            if (Units.regionMatches(s, at, w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word that {@code s} ends with at {@code end}, or null. */
    String endingAt(CharSequence s, int end) {
        if (end <= 0 || end > s.length() || !lasts.get(s.charAt(end - 1))) {
            return null;
        }
        for (String w : byLast.get(s.charAt(end - 1))) {
            if (Units.regionMatches(s, end - w.length(), w)) {
                return w;
            }
        }
        return null;
    }

    String endingOf(CharSequence s) {
        return endingAt(s, s.length());
    }

    /** Index of the first word in {@code s}, or -1. */
    int indexIn(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (firsts.get(s.charAt(i)) && at(s, i) != null) {
                return i;
            }
        }
        return -1;
    }

    boolean in(CharSequence s) {
        return indexIn(s) >= 0;
    }

    /** {@code s} without any run of these words at its end. */
    String stripEnd(String s) {
        int end = s.length();
        for (String w = endingAt(s, end); w != null; w = endingAt(s, end)) {
            end -= w.length();
        }
        return s.substring(0, end);
    }

    /** {@code s} without any run of these words at its start. */
    String stripStart(String s) {
        int start = 0;
        for (String w = at(s, start); w != null; w = at(s, start)) {
            start += w.length();
        }
        return s.substring(start);
    }
}
