package cn.duban.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A problem an inspection found, and the rectification item (整改事项) it became. */
public record Finding(long id, long inspectionId, String inspectionTitle, LocalDate inspectedOn, long areaId,
        String description, String theme, long unitId, String unitName, String responsiblePerson,
        LocalDate deadline, String requiredEvidence, FindingState state, String returnReason,
        OffsetDateTime closedAt, String closedBy, int version, OffsetDateTime createdAt) {

    public boolean overdueOn(LocalDate day) {
        return state != FindingState.CLOSED && deadline.isBefore(day);
    }
}
