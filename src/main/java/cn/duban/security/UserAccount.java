package cn.duban.security;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A user as stored; the password hash and the second factor's secret never leave this package's SQL. */
public record UserAccount(long id, String username, String displayName, long organisationId, Role role,
        boolean mustChangePassword, int failedAttempts, OffsetDateTime lockedUntil, boolean enabled,
        int sessionStamp, OffsetDateTime passwordChangedAt, boolean secondFactor) implements Serializable {
}
