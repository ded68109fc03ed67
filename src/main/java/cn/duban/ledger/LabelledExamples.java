package cn.duban.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Labelled examples of what the reader read, learnt outside its own page: a unit confirming, changing or placing
 * by hand the values Duban read from its 工作汇报 for its report (report once, issue 25; progress keeps them, and
 * depends on this module, so the ledger never reads another module's tables). They are exported with the reader's
 * corrections, one JSON object a line in ANNOTATION.md's fields, as more data to learn from.
 */
public interface LabelledExamples {

    /** The examples made in these areas, each a record ready to be written as one line of JSON. */
    List<Map<String, Object>> examples(Collection<Long> areas);

    /** None: a context without the module that keeps them. */
    LabelledExamples NONE = areas -> List.of();
}
