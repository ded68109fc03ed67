package cn.duban.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The review of a read document before it becomes a plan: the plan's title, kind and span, and per proposed row
 * ({@code rows[i]…}) whether it is taken in, its title, lead and co-units, deadline, handling, and which of its
 * quantities become indicators under which names ({@code rows[i].quantities[k]…}, the row's k-th quantity).
 * Which quantity each k is, is the proposal's to say, not the page's.
 */
public record ReviewForm(
        @NotBlank(message = "请填写计划名称") @Size(max = 200, message = "计划名称不超过 200 字") String title,
        String kind,
        @Pattern(regexp = "|\\d{4}-(0[1-9]|1[0-2])", message = "月份格式应为 yyyy-mm，例如 2026-11") String spanFrom,
        @Pattern(regexp = "|\\d{4}-(0[1-9]|1[0-2])", message = "月份格式应为 yyyy-mm，例如 2026-11") String spanTo,
        Boolean confirmDuplicate,
        @Valid List<Row> rows) {

    /** What was not sent reads as empty (an unticked box sends nothing). */
    public ReviewForm {
        confirmDuplicate = confirmDuplicate != null && confirmDuplicate;
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    /** The review as the reader proposed it. */
    static ReviewForm of(ImportProposal p) {
        List<Row> rows = new ArrayList<>();
        for (ImportProposal.Row r : p.rows()) {
            List<Choice> quantities = new ArrayList<>();
            for (int qi : r.quantities()) {
                var q = p.quantities().get(qi);
                quantities.add(new Choice(ImportProposal.indicatorByDefault(q), q.indicator()));
            }
            rows.add(new Row(r.proposed(), r.title(), r.leadOrgId(), new ArrayList<>(r.coUnitIds()), r.deadline(), null, quantities));
        }
        return new ReviewForm(p.title(), Plan.KINDS.get(0), p.span().from().toString(), p.span().to().toString(), false, rows);
    }

    /** The office's decision on each row of the proposal (rows the page did not send are left as proposed). */
    List<PlanImports.Decision> decisions(ImportProposal p) {
        List<PlanImports.Decision> out = new ArrayList<>();
        for (ImportProposal.Row r : p.rows()) {
            Row row = r.index() < rows.size() ? rows.get(r.index()) : null;
            if (row == null) {
                continue;
            }
            Map<Integer, String> chosen = new LinkedHashMap<>();
            for (int k = 0; k < r.quantities().size(); k++) {
                Choice c = k < row.quantities().size() ? row.quantities().get(k) : null;
                if (c != null && c.keep()) {
                    chosen.put(r.quantities().get(k), c.name());
                }
            }
            // Quantities the request did not carry at all keep the reader's proposal (the page always carries them).
            out.add(new PlanImports.Decision(r.index(), row.include(), row.title() == null ? r.title() : row.title(), row.leadOrgId(),
                    row.deadline(), row.handling(), row.coUnitIds(), row.quantities().isEmpty() ? null : chosen));
        }
        return out;
    }

    /** The span the office set (a month left out: the reader's). */
    Plans.Span span(ImportProposal p) {
        return Plans.Span.ofMonths(spanFrom == null || spanFrom.isBlank() ? p.span().from() : YearMonth.parse(spanFrom),
                spanTo == null || spanTo.isBlank() ? p.span().to() : YearMonth.parse(spanTo));
    }

    /**
     * One proposed row as the office left it. {@code coUnitIds} is null when the request did not carry the field
     * (the proposal's co-units stay); the page always does.
     */
    public record Row(
            Boolean include,
            @Size(max = 2000, message = "任务名称不超过 2000 字") String title,
            Long leadOrgId,
            List<Long> coUnitIds,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            PlanImports.Handling handling,
            @Valid List<Choice> quantities) {

        /** For the page drawing a row the request did not carry (see {@link Choice#Choice()}). */
        Row() {
            this(false, null, null, null, null, null, null);
        }

        public Row {
            include = include != null && include;
            handling = handling == null ? PlanImports.Handling.KEEP : handling;
            quantities = quantities == null ? new ArrayList<>() : new ArrayList<>(quantities);
        }
    }

    /** One quantity of a row: whether it becomes an indicator, and under which name (blank: the reader's). */
    public record Choice(Boolean keep, @Size(max = 100, message = "指标名称不超过 100 字") String name) {
        public Choice {
            keep = keep != null && keep;
            name = name == null ? "" : name;
        }

        /**
         * For the page drawing a choice the request did not carry (not public: binding uses the canonical
         * constructor, the page's property paths grow lists with this one).
         */
        Choice() {
            this(false, "");
        }
    }
}
