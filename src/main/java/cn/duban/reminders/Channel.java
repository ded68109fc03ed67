package cn.duban.reminders;

/** Where a reminder goes besides the app: a mailbox, or a 钉钉 or 企业微信 group robot. */
public enum Channel {
    EMAIL, DINGTALK, WECOM;

    /** What the page and the documents call it (a switch: the compiler asks for one for every constant). */
    public String label() {
        return switch (this) {
            case EMAIL -> "电子邮件";
            case DINGTALK -> "钉钉机器人";
            case WECOM -> "企业微信机器人";
        };
    }
}
