package cn.duban.extract;

import com.github.houbb.opencc4j.support.data.impl.OpenccDatas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Traditional → Simplified with opencc4j's dictionaries, in one pass with the same length as
 * the input so every character keeps its offset. opencc4j's own converter segments text into
 * strings and hashes them, about 1 M characters a second here; a character table plus the few
 * phrases whose conversion differs from character by character (乾隆 stays 乾) is many times faster.
 */
final class Simplifier {

    private static final char[] CHAR = new char[0x10000];
    /** Phrases that must not be converted character by character, by first character, longest first. */
    @SuppressWarnings("unchecked")
    private static final List<String[]>[] PHRASES = new List[0x10000];

    static {
        for (Map.Entry<String, List<String>> e : OpenccDatas.tsChar().data().getDataMap().entrySet()) {
            String from = e.getKey();
            if (from.length() == 1 && !e.getValue().isEmpty() && e.getValue().get(0).length() == 1) {
                char to = e.getValue().get(0).charAt(0);
                if (to != from.charAt(0)) {
                    CHAR[from.charAt(0)] = to;
                }
            }
        }
        for (Map.Entry<String, List<String>> e : OpenccDatas.tsPhrase().data().getDataMap().entrySet()) {
            String from = e.getKey();
            if (e.getValue().isEmpty()) {
                continue;
            }
            String to = e.getValue().get(0);
            if (from.length() < 2 || to.length() != from.length() || to.equals(byChar(from))) {
                continue;
            }
            if (PHRASES[from.charAt(0)] == null) {
                PHRASES[from.charAt(0)] = new ArrayList<>();
            }
            PHRASES[from.charAt(0)].add(new String[]{from, to});
        }
        for (List<String[]> list : PHRASES) {
            if (list != null) {
                list.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
            }
        }
    }

    private Simplifier() {
    }

    static boolean isTraditional(char c) {
        return CHAR[c] != 0 || PHRASES[c] != null;
    }

    /** The Simplified form of {@code s}, character for character. */
    static String simplify(String s) {
        char[] out = new char[s.length()];
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            List<String[]> phrases = PHRASES[c];
            if (phrases != null) {
                String[] hit = null;
                for (String[] p : phrases) {
                    if (s.startsWith(p[0], i)) {
                        hit = p;
                        break;
                    }
                }
                if (hit != null) {
                    hit[1].getChars(0, hit[1].length(), out, i);
                    i += hit[1].length();
                    continue;
                }
            }
            out[i++] = CHAR[c] != 0 ? CHAR[c] : c;
        }
        return new String(out);
    }

    private static String byChar(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(CHAR[c] != 0 ? CHAR[c] : c);
        }
        return b.toString();
    }
}
