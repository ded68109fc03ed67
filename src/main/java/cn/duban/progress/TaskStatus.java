package cn.duban.progress;

/** Where a task stands in a period, with the colour offices use for it. */
public enum TaskStatus {
    DONE("已完成", "green"),
    ON_TRACK("正常推进", "green"),
    LAGGING("滞后", "yellow"),
    OVERDUE("超期", "red"),
    NOT_REPORTED("未报送", "red");

    private final String label;
    private final String colour;

    TaskStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
