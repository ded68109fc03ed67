package cn.duban.supervision;

/** A rectification item's life: open, reported by the unit, returned by the office, or closed (销号). */
public enum FindingState {
    OPEN, REPORTED, RETURNED, CLOSED;

    /** What the page and the documents call it (a switch: the compiler asks for one for every constant). */
    public String label() {
        return switch (this) {
            case OPEN -> "待整改";
            case REPORTED -> "已报整改，待销号";
            case RETURNED -> "已退回，重新整改";
            case CLOSED -> "已销号";
        };
    }
}
