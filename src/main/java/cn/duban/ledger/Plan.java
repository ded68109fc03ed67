package cn.duban.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A plan (工作要点, 攻坚方案, a report's 下一步 section): a list of tasks for an area. */
public record Plan(long id, String title, int year, LocalDate starts, LocalDate ends, long areaId, String sourceName,
                   String createdBy, OffsetDateTime createdAt, long taskCount) {

    /** The span as offices say it: 2026年1月—12月, 2026年10月—2027年3月. */
    public String spanLabel() {
        return starts.getYear() + "年" + starts.getMonthValue() + "月—" + (ends.getYear() == starts.getYear() ? ""
                : ends.getYear() + "年") + ends.getMonthValue() + "月";
    }
}
