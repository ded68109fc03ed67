package cn.duban.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review of a read document before it becomes a plan: the plan's title, kind and span, and per proposed row
 * ({@code rows[i]…}) whether it is taken in, its title, lead and co-units, deadline, handling, and which of its
 * quantities become indicators under which names ({@code rows[i].quantities[k]…}, the row's k-th quantity).
 * Which quantity each k is, is the proposal's to say, not the page's.
 */
public class ReviewForm {

    @NotBlank(message = "请填写计划名称")
    @Size(max = 200, message = "计划名称不超过 200 字")
    private String title;
    private String kind;
    @Pattern(regexp = "|\\d{4}-(0[1-9]|1[0-2])", message = "月份格式应为 yyyy-mm，例如 2026-11")
    private String spanFrom;
    @Pattern(regexp = "|\\d{4}-(0[1-9]|1[0-2])", message = "月份格式应为 yyyy-mm，例如 2026-11")
    private String spanTo;
    private boolean confirmDuplicate;
    @Valid
    private List<Row> rows = new ArrayList<>();

    /** The review as the reader proposed it. */
    static ReviewForm of(ImportProposal p) {
        ReviewForm f = new ReviewForm();
        f.title = p.title();
        f.kind = Plan.KINDS.get(0);
        f.spanFrom = p.span().from().toString();
        f.spanTo = p.span().to().toString();
        for (ImportProposal.Row r : p.rows()) {
            Row row = new Row();
            row.include = r.proposed();
            row.title = r.title();
            row.leadOrgId = r.leadOrgId();
            row.coUnitIds = new ArrayList<>(r.coUnitIds());
            row.deadline = r.deadline();
            for (int qi : r.quantities()) {
                var q = p.quantities().get(qi);
                row.quantities.add(new Choice(!q.kind().equals("actual") && !q.placeholder(), q.indicator()));
            }
            f.rows.add(row);
        }
        return f;
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
                Choice c = k < row.quantities.size() ? row.quantities.get(k) : null;
                if (c != null && c.keep) {
                    chosen.put(r.quantities().get(k), c.name == null ? "" : c.name);
                }
            }
            // Quantities the request did not carry at all keep the reader's proposal (the page always carries them).
            out.add(new PlanImports.Decision(r.index(), row.include, row.title == null ? r.title() : row.title, row.leadOrgId,
                    row.deadline, row.handling, row.coUnitIds, row.quantities.isEmpty() ? null : chosen));
        }
        return out;
    }

    /** The span the office set (a month left out: the reader's). */
    Plans.Span span(ImportProposal p) {
        return Plans.Span.ofMonths(spanFrom == null || spanFrom.isBlank() ? p.span().from() : YearMonth.parse(spanFrom),
                spanTo == null || spanTo.isBlank() ? p.span().to() : YearMonth.parse(spanTo));
    }

    /** One proposed row as the office left it. */
    public static class Row {
        private boolean include;
        @Size(max = 2000, message = "任务名称不超过 2000 字")
        private String title;
        private Long leadOrgId;
        /** Null when the request did not carry the field (the proposal's co-units stay); the page always does. */
        private List<Long> coUnitIds;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        private PlanImports.Handling handling = PlanImports.Handling.KEEP;
        @Valid
        private List<Choice> quantities = new ArrayList<>();

        public boolean isInclude() {
            return include;
        }

        public void setInclude(boolean include) {
            this.include = include;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getLeadOrgId() {
            return leadOrgId;
        }

        public void setLeadOrgId(Long leadOrgId) {
            this.leadOrgId = leadOrgId;
        }

        public List<Long> getCoUnitIds() {
            return coUnitIds;
        }

        public void setCoUnitIds(List<Long> coUnitIds) {
            this.coUnitIds = coUnitIds;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public PlanImports.Handling getHandling() {
            return handling;
        }

        public void setHandling(PlanImports.Handling handling) {
            this.handling = handling == null ? PlanImports.Handling.KEEP : handling;
        }

        public List<Choice> getQuantities() {
            return quantities;
        }

        public void setQuantities(List<Choice> quantities) {
            this.quantities = quantities;
        }
    }

    /** One quantity of a row: whether it becomes an indicator, and under which name (blank: the reader's). */
    public static class Choice {
        private boolean keep;
        @Size(max = 100, message = "指标名称不超过 100 字")
        private String name = "";

        public Choice() {
        }

        Choice(boolean keep, String name) {
            this.keep = keep;
            this.name = name;
        }

        public boolean isKeep() {
            return keep;
        }

        public void setKeep(boolean keep) {
            this.keep = keep;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSpanFrom() {
        return spanFrom;
    }

    public void setSpanFrom(String spanFrom) {
        this.spanFrom = spanFrom;
    }

    public String getSpanTo() {
        return spanTo;
    }

    public void setSpanTo(String spanTo) {
        this.spanTo = spanTo;
    }

    public boolean isConfirmDuplicate() {
        return confirmDuplicate;
    }

    public void setConfirmDuplicate(boolean confirmDuplicate) {
        this.confirmDuplicate = confirmDuplicate;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
