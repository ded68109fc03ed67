package cn.duban.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A plan (工作要点, 攻坚方案, a report's 下一步 section): a list of tasks for an area. */
public record Plan(long id, String title, int year, LocalDate starts, LocalDate ends, long areaId, String sourceName,
        String createdBy, OffsetDateTime createdAt, long taskCount, String kind) {

    /** The kinds of plan an office files, in its words. */
    public static final List<String> KINDS = List.of("年度重点工作", "民生实事", "专项行动", "三年行动", "上级交办",
            "会议议定", "其他");

    /** The span as offices say it: 2026年1月—12月, 2026年10月—2027年3月. */
    public String spanLabel() {
        return starts.getYear() + "年" + starts.getMonthValue() + "月—" + (ends.getYear() == starts.getYear()
                ? ""
                : ends.getYear() + "年") + ends.getMonthValue() + "月";
    }
}
