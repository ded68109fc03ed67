package cn.duban.extract;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator quantity, with the fields of the extraction contract ({@code ANNOTATION.md})
 * plus where it stands in the original text.
 *
 * @param value      the number as written; null for a placeholder (XX户)
 * @param baseValue  value × magnitude (27.68亿元 → 2768000000); null for a placeholder
 * @param kind       {@code actual}, {@code target} or {@code other}
 * @param comparator {@code >=}, {@code <=} or {@code =}
 * @param deadline   ISO date or null
 * @param start      offset of the surface in the original text
 * @param end        offset just past the surface in the original text
 * @param evidence   what decided the kind, in the reviewer's words ("目标：力争", "回顾部分"); "" when not read
 */
public record Quantity(String doc, String sentence, String surface, BigDecimal value, String unit,
        BigDecimal baseValue, String baseUnit, String kind, String indicator, String comparator,
        String deadline, boolean placeholder, int start, int end, String evidence)
        implements
            Serializable {

    /** The evidence of a figure read from a table's cell, followed by its column's heading. */
    public static final String TABLE_CELL = "表格栏目：";

    /** The same figure read in another sentence (an issue's own week written into it, say); its place is kept. */
    public Quantity withSentence(String other) {
        return new Quantity(doc, other, surface, value, unit, baseValue, baseUnit, kind, indicator, comparator, deadline,
                placeholder, start, end, evidence);
    }

    /** The same figure of another kind, for the reason {@code why} (a ledger's 目标要求 states targets only). */
    public Quantity withKind(String other, String why) {
        return new Quantity(doc, sentence, surface, value, unit, baseValue, baseUnit, other, indicator, comparator, deadline,
                placeholder, start, end, why);
    }

    /** The same figure with what decided it said otherwise (a table's part or its whole). */
    public Quantity withEvidence(String other) {
        return new Quantity(doc, sentence, surface, value, unit, baseValue, baseUnit, kind, indicator, comparator, deadline,
                placeholder, start, end, other);
    }

    /** The same figure of another indicator's name (the office renamed it on a proposal). */
    public Quantity withIndicator(String other) {
        return new Quantity(doc, sentence, surface, value, unit, baseValue, baseUnit, kind, other, comparator, deadline,
                placeholder, start, end, evidence);
    }

    /** The same figure due on another day (ISO date), or on none. */
    public Quantity withDeadline(String other) {
        return new Quantity(doc, sentence, surface, value, unit, baseValue, baseUnit, kind, indicator, comparator, other,
                placeholder, start, end, evidence);
    }
}
