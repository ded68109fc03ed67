package cn.duban.security;

/**
 * What a user may do. Business data is seen by unit: an office its whole area, a township
 * its own units; the auditor sees only the audit log, the administrator only users.
 */
public enum Role {
    SUPERVISOR("督查室"),
    LIAISON("联络员"),
    UNIT_HEAD("单位负责人"),
    LEADER("领导"),
    AUDITOR("审计员"),
    ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles that see plans and tasks at all. */
    public boolean seesBusinessData() {
        return this != AUDITOR && this != ADMIN;
    }

    /** Roles that may set up plans and import documents for their area. */
    public boolean managesPlans() {
        return this == SUPERVISOR;
    }
}
