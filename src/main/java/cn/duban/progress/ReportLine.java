package cn.duban.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One task in a unit's report: what it must reach, what the unit reported last period, and
 * what this report says now (pre-filled from last period until the unit saves). {@code basis} is the task's own text — the
 * 备注 of a ledger imported from Excel, the item's words for one read from a document — where it says what counts
 * (以县交通运输局竣工验收里程为准, 已安装未验收的不计入), a report's figures are read by it.
 */
public record ReportLine(long taskId, String number, String title, LocalDate deadline, List<Measure> measures,
        Entry current, Entry previous, String basis) {

    public ReportLine {
        basis = basis == null ? "" : basis;
    }

    /** A line whose task says nothing of what counts. */
    public ReportLine(long taskId, String number, String title, LocalDate deadline, List<Measure> measures, Entry current,
            Entry previous) {
        this(taskId, number, title, deadline, measures, current, previous, "");
    }

    /** An indicator the task is measured by; a task without one reports a percentage done. */
    public record Measure(long indicatorId, long taskId, String name, BigDecimal target, String unit, String comparator) {
        public String label() {
            String t = target == null ? "" : target.stripTrailingZeros().toPlainString();
            return name + " " + ("<=".equals(comparator) ? "≤ " : ">=".equals(comparator) ? "≥ " : "") + t + unit;
        }
    }

    /** One saved state of a task's entry; a newer revision supersedes it, nothing overwrites it. */
    public record Entry(long id, long reportId, long taskId, int revision, Map<Long, BigDecimal> values,
            BigDecimal percentDone, String narrative, String problems, String nextSteps,
            boolean unchanged, boolean prefilled, boolean complete, String correctionReason,
            boolean afterFreeze, String createdBy, OffsetDateTime createdAt) {
    }

    /** The same line with this report's latest entry now {@code entry}. */
    public ReportLine withCurrent(Entry entry) {
        return new ReportLine(taskId, number, title, deadline, measures, entry, previous, basis);
    }

    /** Whether the form shows last period's values because the unit has not saved this task yet. */
    public boolean prefilledFromLastPeriod() {
        return current == null && previous != null;
    }

    /** What the form shows: this report's latest entry, else last period's. */
    public Entry shown() {
        return current != null ? current : previous;
    }

    public boolean qualitative() {
        return measures.isEmpty();
    }
}
