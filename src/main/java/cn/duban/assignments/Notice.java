package cn.duban.assignments;

import java.time.OffsetDateTime;

/** A 督办单 or 催办单 as kept: what it was about, to which unit, its grade and 文号. */
public record Notice(long id, String kind, String grade, Long taskId, Long periodId, long unitId, String unitName, String number,
        String title, String createdBy, OffsetDateTime createdAt) {

    public String kindLabel() {
        return "PRESS".equals(kind) ? "督办单" : "催办单";
    }

    public String gradeLabel() {
        return grade == null ? "" : switch (grade) {
            case "BLUE" -> "蓝色";
            case "YELLOW" -> "黄色";
            case "RED" -> "红色";
            default -> grade;
        };
    }
}
