package cn.duban.extract;

import java.util.List;

/**
 * A heading of the document's outline (一、 / (一) / 1. / (1) / 一是…) and what falls under it.
 * Offsets point into the original text.
 */
public record OutlineNode(String id, int level, String marker, String title, Role role, Integer year,
        int start, int end, List<OutlineNode> children) {
}
