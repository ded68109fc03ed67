package cn.duban.progress;

/**
 * Where a unit's report is in its flow: the liaison drafts, the unit head approves (it then
 * counts as 报送 to the office), the office accepts or returns it with a reason.
 */
public enum ReportState {
    DRAFT, SUBMITTED, APPROVED, ACCEPTED, RETURNED;

    /** What the page and the documents call it (a switch: the compiler asks for one for every constant). */
    public String label() {
        return switch (this) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "待单位负责人审核";
            case APPROVED -> "已报送，待督查室审核";
            case ACCEPTED -> "已采纳";
            case RETURNED -> "已退回";
        };
    }

    /** The liaison may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** It has reached the office and counts for status and ranking. */
    public boolean counted() {
        return this == APPROVED || this == ACCEPTED;
    }
}
