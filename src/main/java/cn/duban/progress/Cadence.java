package cn.duban.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** How often a plan's units report: 周调度, 月通报 or a quarterly review. */
public enum Cadence {
    WEEKLY("每周"),
    MONTHLY("每月"),
    QUARTERLY("每季度");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A period of a plan before it is stored: its days, when its report is due, and its name. */
    public record Span(LocalDate starts, LocalDate ends, LocalDate due, String label) {
    }

    /**
     * The periods of a year that have begun by {@code today}. The due day is a day of the month
     * (of the quarter's last month), clamped to the month's length, or for weekly reporting a day
     * of the week, 1 for Monday.
     */
    public List<Span> spans(int year, int dueDay, LocalDate today) {
        List<Span> out = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        switch (this) {
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    LocalDate s = LocalDate.of(year, m, 1);
                    LocalDate e = s.with(TemporalAdjusters.lastDayOfMonth());
                    out.add(new Span(s, e, s.withDayOfMonth(Math.min(dueDay, e.getDayOfMonth())), year + "年" + m + "月"));
                }
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    LocalDate s = LocalDate.of(year, q * 3 - 2, 1);
                    LocalDate lastMonth = LocalDate.of(year, q * 3, 1);
                    LocalDate e = lastMonth.with(TemporalAdjusters.lastDayOfMonth());
                    out.add(new Span(s, e, lastMonth.withDayOfMonth(Math.min(dueDay, e.getDayOfMonth())),
                            year + "年第" + "一二三四".charAt(q - 1) + "季度"));
                }
            }
            case WEEKLY -> {
                DayOfWeek dueOn = DayOfWeek.of(Math.max(1, Math.min(7, dueDay)));
                LocalDate s = first;
                while (!s.isAfter(last)) {
                    LocalDate monday = s.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    LocalDate e = monday.plusDays(6).isAfter(last) ? last : monday.plusDays(6);
                    LocalDate due = monday.with(TemporalAdjusters.nextOrSame(dueOn));
                    out.add(new Span(s, e, due.isAfter(e) ? e : due.isBefore(s) ? s : due,
                            year + "年第" + s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周"));
                    s = e.plusDays(1);
                }
            }
        }
        return out.stream().filter(p -> !p.starts().isAfter(today)).toList();
    }
}
