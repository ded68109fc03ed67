package cn.duban.progress;

/** Where a task stands in a period, with the colour offices use for it. */
public enum TaskStatus {
    DONE("已完成", "green"), ON_TRACK("正常推进", "green"), LAGGING("滞后", "yellow"), OVERDUE("超期", "red"), NOT_REPORTED("未报送", "red");

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

    /** How bad, for the worst of several indicators: 已完成 < 正常推进 < 滞后 < 未报送 < 超期. */
    public int severity() {
        return switch (this) {
            case DONE -> 0;
            case ON_TRACK -> 1;
            case LAGGING -> 2;
            case NOT_REPORTED -> 3;
            case OVERDUE -> 4;
        };
    }
}
