package cn.duban.org;

/** The kinds of unit a county's work is shared among, in the words offices use. */
public enum OrganisationKind {
    PROVINCE("省"), CITY("市(州)"), COUNTY("县(区)"), TOWNSHIP("乡镇(街道)"), VILLAGE("村(社区)"), DEPARTMENT("县直部门"), COMMAND_POST("指挥部"), OFFICE(
            "督查室/政府办");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    /** A province, city or county: an administrative area whose office sees everything below it. */
    public boolean isArea() {
        return this == PROVINCE || this == CITY || this == COUNTY;
    }

    /**
     * Whether a unit of this kind may sit under one of {@code parent}'s kind: areas nest downward
     * only (省 → 市 → 县), a county holds its townships, departments, command posts and office, a
     * township its villages and office; nothing sits under a village, department or command post.
     */
    public boolean mayBeUnder(OrganisationKind parent) {
        return switch (parent) {
            case PROVINCE -> this == CITY || this == COUNTY || this == OFFICE || this == DEPARTMENT; // 省直管县 too
            case CITY -> this == COUNTY || this == OFFICE || this == DEPARTMENT;
            case COUNTY -> this == TOWNSHIP || this == DEPARTMENT || this == COMMAND_POST || this == OFFICE;
            case TOWNSHIP -> this == VILLAGE || this == OFFICE;
            case VILLAGE, DEPARTMENT, COMMAND_POST, OFFICE -> false;
        };
    }

    public String label() {
        return label;
    }
}
