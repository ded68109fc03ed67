package cn.duban.supervision;

/** The kinds of visit and meeting an office holds. A 调度会's decisions may change the ledger. */
public enum InspectionKind {
    INSPECTION, SURVEY, FORUM, DISPATCH;

    /** What the page and the documents call it (a switch: the compiler asks for one for every constant). */
    public String label() {
        return switch (this) {
            case INSPECTION -> "督查";
            case SURVEY -> "现场调研";
            case FORUM -> "座谈会";
            case DISPATCH -> "调度会";
        };
    }
}
