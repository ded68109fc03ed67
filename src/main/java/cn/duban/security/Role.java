package cn.duban.security;

/**
 * What a user may do. Business data is seen by unit: an office its whole area, a township
 * its own units; the auditor sees only the audit log, the administrator only users and the
 * organisation, the security administrator only who holds which role.
 */
public enum Role {
    SUPERVISOR, LIAISON, UNIT_HEAD, LEADER, AUDITOR, ADMIN,
    /** Grants roles and sets policies; grants none to himself (三权分立 with the administrator and the auditor). */
    SECURITY_ADMIN,
    /** An account the administrator created, waiting for the security administrator to grant it a role. */
    PENDING;

    /** What the page and the documents call it (a switch: the compiler asks for one for every constant). */
    public String label() {
        return switch (this) {
            case SUPERVISOR -> "督查室";
            case LIAISON -> "联络员";
            case UNIT_HEAD -> "单位负责人";
            case LEADER -> "领导";
            case AUDITOR -> "审计员";
            case ADMIN -> "系统管理员";
            case SECURITY_ADMIN -> "安全管理员";
            case PENDING -> "待授权";
        };
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
