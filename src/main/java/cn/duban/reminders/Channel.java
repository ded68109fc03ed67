package cn.duban.reminders;

/** Where a reminder goes besides the app: a mailbox, or a 钉钉 or 企业微信 group robot. */
public enum Channel {
    EMAIL("电子邮件"), DINGTALK("钉钉机器人"), WECOM("企业微信机器人");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
