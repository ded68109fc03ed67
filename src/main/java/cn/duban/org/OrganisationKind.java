package cn.duban.org;

/** The kinds of unit a county's work is shared among, in the words offices use. */
public enum OrganisationKind {
    PROVINCE("省"),
    CITY("市(州)"),
    COUNTY("县(区)"),
    TOWNSHIP("乡镇(街道)"),
    VILLAGE("村(社区)"),
    DEPARTMENT("县直部门"),
    COMMAND_POST("指挥部"),
    OFFICE("督查室/政府办");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    /** A province, city or county: an administrative area whose office sees everything below it. */
    public boolean isArea() {
        return this == PROVINCE || this == CITY || this == COUNTY;
    }

    public String label() {
        return label;
    }
}
