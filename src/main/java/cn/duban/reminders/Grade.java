package cn.duban.reminders;

/** How urgent a reminder is, in the colours offices use: 蓝 due soon, 黄 lagging or missing, 红 overdue;
 * and 待办 for a step that waits for someone. */
public enum Grade {
    BLUE("蓝色提醒"), YELLOW("黄色预警"), RED("红色督办"),
    /** A step of the flow that waits for someone (a report to approve): no urgency, just whose turn it is. */
    INFO("待办");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
