package cn.duban.supervision;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The supervision pages' forms — an inspection recorded, a problem found, a meeting's decision — bound and
 * checked like every page form ({@link cn.duban.refusal.PageForms}); records bound by Spring through their constructors, so the page binds each
 * field back as typed. The service checks what needs the database (the area's units, the inspection's day).
 */
final class SupervisionForms {

    private SupervisionForms() {
    }

    /** 记录督查: day, kind, what, who led, who took part, what was seen, the units and tasks visited. */
    public record InspectionForm(
            @NotNull(message = "请填写督查日期（格式如 2026-11-24）") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @NotNull(message = "请选择督查类型") InspectionKind kind,
            String title,
            String ledBy,
            String participants,
            String observations,
            List<Long> units,
            List<Long> tasks,
            Boolean confirmRepeat,
            /** A photo or document from the site (checked before anything is recorded). */
            MultipartFile file) {
        /** What was not sent reads as empty, as a fresh form. */
        public InspectionForm {
            title = title == null ? "" : title;
            ledBy = ledBy == null ? "" : ledBy;
            participants = participants == null ? "" : participants;
            observations = observations == null ? "" : observations;
            units = units == null ? new ArrayList<>() : new ArrayList<>(units);
            tasks = tasks == null ? new ArrayList<>() : new ArrayList<>(tasks);
            confirmRepeat = confirmRepeat == null ? false : confirmRepeat;
        }

        /** The form as a page first shows it. */
        public static InspectionForm blank() {
            return new InspectionForm(null, null, null, null, null, null, null, null, null, null);
        }

        Inspections.NewInspection inspection() {
            return new Inspections.NewInspection(heldOn, kind, title, ledBy, participants, observations,
                    units == null ? List.of() : units, tasks == null ? List.of() : tasks, confirmRepeat);
        }
    }

    /** A problem found at an inspection: what, whose to rectify, by when, with what evidence, about which tasks. */
    public record FindingForm(
            String description,
            String theme,
            Long unit,
            String responsiblePerson,
            @NotNull(message = "请填写整改时限（格式如 2026-11-24）") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            String requiredEvidence,
            List<Long> tasks) {
        /** What was not sent reads as empty, as a fresh form. */
        public FindingForm {
            description = description == null ? "" : description;
            theme = theme == null ? "" : theme;
            responsiblePerson = responsiblePerson == null ? "" : responsiblePerson;
            requiredEvidence = requiredEvidence == null ? "" : requiredEvidence;
            tasks = tasks == null ? new ArrayList<>() : new ArrayList<>(tasks);
        }

        /** The form as a page first shows it. */
        public static FindingForm blank() {
            return new FindingForm(null, null, null, null, null, null, null);
        }

        Rectifications.NewFinding finding() {
            return new Rectifications.NewFinding(description, theme, unit, responsiblePerson, deadline, requiredEvidence,
                    tasks == null ? List.of() : tasks);
        }
    }

    /**
     * A 调度会's decision on the ledger: a new task (kind NEW_TASK: plan, title, lead, deadline) or a task's
     * deadline moved (kind DEADLINE: task, deadline).
     */
    public record ActionForm(
            String kind,
            Long plan,
            String title,
            Long lead,
            Long task,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        /** What was not sent reads as empty, as a fresh form. */
        public ActionForm {
            kind = kind == null ? "" : kind;
            title = title == null ? "" : title;
        }

        /** The form as a page first shows it. */
        public static ActionForm blank() {
            return new ActionForm(null, null, null, null, null, null);
        }
    }

    /** 报送整改情况: what the unit did, the version it saw, its evidence files. */
    public record RectificationReportForm(
            String narrative,
            Integer version,
            List<MultipartFile> files) {
        /** What was not sent reads as empty, as a fresh form. */
        public RectificationReportForm {
            narrative = narrative == null ? "" : narrative;
            version = version == null ? 0 : version;
            files = files == null ? new ArrayList<>() : new ArrayList<>(files);
        }

        /** The form as a page first shows it. */
        public static RectificationReportForm blank() {
            return new RectificationReportForm(null, null, null);
        }
    }
}
