package cn.duban.ledger;

import cn.duban.extract.Extraction;
import cn.duban.extract.ProposedTask;
import cn.duban.extract.Quantity;
import cn.duban.extract.SourceView;
import cn.duban.org.Organisation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import proposes before anyone accepts it. It lives in the user's session only:
 * nothing reaches the ledger until the review page is accepted.
 */
public record ImportProposal(String id, String fileName, String sha256, long areaId, String title, int year,
        String source, SourceView view, List<Row> rows, List<Quantity> quantities,
        boolean duplicate, SpanProposal span) implements Serializable {

    /** One proposed task, with the unit the reader's mentions matched. */
    public record Row(int index, String number, String title, String text, String role, LocalDate deadline, Long leadOrgId,
            List<Long> coUnitIds, List<Integer> quantities, List<String> mentions, boolean proposed)
            implements
                Serializable {
    }

    /**
     * Whether a quantity becomes an indicator unless the office says otherwise: a target the document sets. A result
     * (actual) is no target; neither is a figure of another kind (ANNOTATION.md's other: the 总投资 or length of a
     * project under way, a capacity in a project's name, the villages whose experience is learnt from); nor a
     * placeholder (XX家, in a speech's draft), which states none.
     */
    static boolean indicatorByDefault(Quantity q) {
        return "target".equals(q.kind()) && !q.placeholder();
    }

    static List<Row> rows(Extraction e, UnitMatcher matcher) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (ProposedTask t : e.tasks()) {
            var units = matcher.matchAll(t.units());
            Long lead = leadOf(t, units, matcher);
            List<Long> co = units.stream().map(Organisation::id).filter(id -> !id.equals(lead)).toList();
            // Review and problem sections describe, they do not assign: proposed unticked.
            boolean proposed = t.proposed();
            rows.add(new Row(i++, t.sectionId(), t.title().isBlank() ? firstWords(t.text()) : t.title(), t.text(), t.role().name(),
                    t.deadline() == null ? null : LocalDate.parse(t.deadline()), lead, co, t.quantities(), t.units(), proposed));
        }
        return rows;
    }

    /** The unit the text says leads (由县城管局牵头), else the first unit it names. */
    private static Long leadOf(ProposedTask t, List<Organisation> units, UnitMatcher matcher) {
        for (String mention : t.units()) {
            int at = t.text().indexOf(mention);
            if (at >= 0 && t.text().startsWith("牵头", at + mention.length())) {
                return matcher.match(mention).map(Organisation::id).orElse(null);
            }
        }
        return units.isEmpty() ? null : units.get(0).id();
    }

    private static String firstWords(String text) {
        String t = text.strip();
        return t.length() > 40 ? t.substring(0, 40) : t;
    }
}
