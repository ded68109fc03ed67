package cn.duban.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How often a plan's units report: 周调度, 月通报 or a quarterly review. */
public enum Cadence {
    WEEKLY, MONTHLY, QUARTERLY;

    /** What the page and the documents call it (a switch: the compiler asks for one for every constant). */
    public String label() {
        return switch (this) {
            case WEEKLY -> "每周";
            case MONTHLY -> "每月";
            case QUARTERLY -> "每季度";
        };
    }

    /** A period of a plan before it is stored: its days, when its report is due, and its name. */
    public record Span(LocalDate starts, LocalDate ends, LocalDate due, String label) {
    }

    /**
     * The periods of a plan's span (first day of its first month to last day of its last month),
     * whether begun or not. The due day is a day of the month (of a quarter's last month),
     * clamped to the month's length, or for weekly reporting a day of the week, 1 for Monday. A
     * quarter or week cut by the span's edge becomes a shorter period, due within it.
     */
    public List<Span> spans(LocalDate from, LocalDate to, int dueDay) {
        List<Span> out = new ArrayList<>();
        switch (this) {
            case MONTHLY -> {
                for (LocalDate s = from.withDayOfMonth(1); !s.isAfter(to); s = s.plusMonths(1)) {
                    LocalDate e = s.with(TemporalAdjusters.lastDayOfMonth());
                    out.add(new Span(s, e, s.withDayOfMonth(Math.min(dueDay, e.getDayOfMonth())),
                            s.getYear() + "年" + s.getMonthValue() + "月"));
                }
            }
            case QUARTERLY -> {
                LocalDate q = LocalDate.of(from.getYear(), (from.getMonthValue() - 1) / 3 * 3 + 1, 1);
                for (; !q.isAfter(to); q = q.plusMonths(3)) {
                    LocalDate s = q.isBefore(from) ? from : q;
                    LocalDate qEnd = q.plusMonths(3).minusDays(1);
                    LocalDate e = qEnd.isAfter(to) ? to : qEnd;
                    LocalDate lastMonth = e.withDayOfMonth(1);
                    out.add(new Span(s, e, lastMonth.withDayOfMonth(Math.min(dueDay, e.getDayOfMonth())),
                            q.getYear() + "年第" + "一二三四".charAt((q.getMonthValue() - 1) / 3) + "季度"));
                }
            }
            case WEEKLY -> {
                DayOfWeek dueOn = DayOfWeek.of(Math.max(1, Math.min(7, dueDay)));
                LocalDate s = from;
                while (!s.isAfter(to)) {
                    LocalDate monday = s.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    LocalDate e = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
                    LocalDate due = monday.with(TemporalAdjusters.nextOrSame(dueOn));
                    out.add(new Span(s, e, due.isAfter(e) ? e : due.isBefore(s) ? s : due,
                            s.get(IsoFields.WEEK_BASED_YEAR) + "年第" + s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周"));
                    s = e.plusDays(1);
                }
            }
        }
        return out;
    }
}
