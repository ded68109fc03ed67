package cn.duban.org;

/** The kinds of unit a county's work is shared among, in the words offices use. */
public enum OrganisationKind {
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

    public String label() {
        return label;
    }
}
