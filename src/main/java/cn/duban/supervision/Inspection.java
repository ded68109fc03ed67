package cn.duban.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A visit or meeting: when, what kind, who led and took part, and what was seen. */
public record Inspection(long id, long areaId, LocalDate heldOn, InspectionKind kind, String title, String ledBy,
        String participants, String observations, String createdBy, OffsetDateTime createdAt) {
}
