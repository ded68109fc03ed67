package cn.duban.security;

/**
 * What a user may do. Business data is seen by unit: an office its whole area, a township
 * its own units; the auditor sees only the audit log, the administrator only users and the
 * organisation, the security administrator only who holds which role.
 */
public enum Role {
    SUPERVISOR("督查室"), LIAISON("联络员"), UNIT_HEAD("单位负责人"), LEADER("领导"), AUDITOR("审计员"), ADMIN("系统管理员"),
    /** Grants roles and sets policies; grants none to himself (三权分立 with the administrator and the auditor). */
    SECURITY_ADMIN("安全管理员"),
    /** An account the administrator created, waiting for the security administrator to grant it a role. */
    PENDING("待授权");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles that see plans and tasks at all. */
    public boolean seesBusinessData() {
        return this != AUDITOR && this != ADMIN && this != SECURITY_ADMIN && this != PENDING;
    }

    /** Roles that may set up plans and import documents for their area. */
    public boolean managesPlans() {
        return this == SUPERVISOR;
    }
}
