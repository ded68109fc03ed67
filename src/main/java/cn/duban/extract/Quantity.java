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
}
