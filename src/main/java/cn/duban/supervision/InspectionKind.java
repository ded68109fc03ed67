package cn.duban.supervision;

/** The kinds of visit and meeting an office holds. A 调度会's decisions may change the ledger. */
public enum InspectionKind {
    INSPECTION("督查"), SURVEY("现场调研"), FORUM("座谈会"), DISPATCH("调度会");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
