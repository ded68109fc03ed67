package cn.duban.reminders;

/** How urgent a reminder is, in the colours offices use: 蓝 due soon, 黄 lagging or missing, 红 overdue. */
public enum Grade {
    BLUE("蓝色提醒"),
    YELLOW("黄色预警"),
    RED("红色督办");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
