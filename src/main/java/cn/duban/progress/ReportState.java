package cn.duban.progress;

/**
 * Where a unit's report is in its flow: the liaison drafts, the unit head approves (it then
 * counts as 报送 to the office), the office accepts or returns it with a reason.
 */
public enum ReportState {
    DRAFT("草稿"), SUBMITTED("待单位负责人审核"), APPROVED("已报送，待督查室审核"), ACCEPTED("已采纳"), RETURNED("已退回");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
