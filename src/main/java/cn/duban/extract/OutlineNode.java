package cn.duban.extract;

import java.util.List;

/**
 * A heading of the document's outline (一、 / (一) / 1. / (1) / 一是…) and what falls under it.
 * Offsets point into the original text. {@code runIn}: a paragraph run in with a short heading sentence of its own
 * (做强主导产业。…), an item of the numbered heading above it rather than a heading the office numbered.
 */
public record OutlineNode(String id, int level, String marker, String title, Role role, Integer year, boolean runIn,
        int start, int end, List<OutlineNode> children) {
}
