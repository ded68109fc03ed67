package cn.duban.extract;

import java.util.List;

/** Everything the reader proposes for one document. */
public record Extraction(String doc, int year, List<OutlineNode> outline, List<Quantity> quantities,
        List<ProposedTask> tasks) {
}
