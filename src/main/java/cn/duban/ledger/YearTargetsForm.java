package cn.duban.ledger;

import jakarta.validation.Valid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multi-year task's yearly targets, as its page edits them: {@code indicators[k].years[j]} is the k-th
 * indicator's target in the j-th year of the plan; a year left empty has none, an indicator with every year
 * empty has no yearly targets (measured over the whole plan).
 */
public record YearTargetsForm(@Valid List<Row> indicators) {

    public YearTargetsForm {
        indicators = indicators == null ? new ArrayList<>() : new ArrayList<>(indicators);
    }

    static YearTargetsForm of(LedgerTask task, List<Integer> years, Map<Integer, Map<Integer, BigDecimal>> stored) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < task.indicators().size(); k++) {
            Map<Integer, BigDecimal> byYear = stored.getOrDefault(k, Map.of());
            List<BigDecimal> values = new ArrayList<>();
            years.forEach(
                    y -> values.add(byYear.get(y) == null ? null : new BigDecimal(byYear.get(y).stripTrailingZeros().toPlainString())));
            rows.add(new Row(values));
        }
        return new YearTargetsForm(rows);
    }

    /** The targets per indicator position, year by year, for {@link Tasks#setYearTargets}. */
    List<Tasks.YearTargets> targets(List<Integer> years) {
        List<Tasks.YearTargets> out = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            Map<Integer, BigDecimal> byYear = new TreeMap<>();
            List<BigDecimal> values = indicators.get(k) == null ? List.of() : indicators.get(k).years();
            for (int j = 0; j < Math.min(values.size(), years.size()); j++) {
                if (values.get(j) != null) {
                    byYear.put(years.get(j), values.get(j));
                }
            }
            out.add(new Tasks.YearTargets(k, byYear));
        }
        return out;
    }

    /** One indicator's targets, a value per year of the plan (null: none). */
    public record Row(List<BigDecimal> years) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        Row() {
            this(null);
        }

        public Row {
            years = years == null ? new ArrayList<>() : new ArrayList<>(years);
        }
    }
}
