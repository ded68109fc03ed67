package cn.duban.reminders;

/** How urgent a reminder is, in the colours offices use: 蓝 due soon, 黄 lagging or missing, 红 overdue;
 * and 待办 for a step that waits for someone. */
public enum Grade {
    BLUE, YELLOW, RED,
    /** A step of the flow that waits for someone (a report to approve): no urgency, just whose turn it is. */
    INFO;

    /** What the page and the documents call it (a switch: the compiler asks for one for every constant). */
    public String label() {
        return switch (this) {
            case BLUE -> "蓝色提醒";
            case YELLOW -> "黄色预警";
            case RED -> "红色督办";
            case INFO -> "待办";
        };
    }
}
