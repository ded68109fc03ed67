package cn.duban.extract;

import java.util.ArrayList;
import java.util.List;

/** Sentences and clauses as the extraction contract cuts them. */
final class Sentences {

    /** A span of normalised text. */
    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    private Sentences() {
    }

    /** Sentences end after 。！？；!?; (kept) or at a line break (dropped); surrounding spaces are trimmed. */
    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if (c == '。' || c == '；' || c == '！' || c == '？' || c == '!' || c == '?' || c == ';') {
                add(text, start, i + 1, out);
                start = i + 1;
            }
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** Clauses of a sentence, cut at commas and colons outside parentheses; offsets relative to the sentence. */
    static List<Span> clauses(String sentence) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && ",，:：".indexOf(c) >= 0) {
                out.add(new Span(start, i + 1));
                start = i + 1;
            }
        }
        if (start < sentence.length() || out.isEmpty()) {
            out.add(new Span(start, sentence.length()));
        }
        return out;
    }
}
