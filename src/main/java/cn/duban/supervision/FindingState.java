package cn.duban.supervision;

/** A rectification item's life: open, reported by the unit, returned by the office, or closed (销号). */
public enum FindingState {
    OPEN("待整改"), REPORTED("已报整改，待销号"), RETURNED("已退回，重新整改"), CLOSED("已销号");

    private final String label;

    FindingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
