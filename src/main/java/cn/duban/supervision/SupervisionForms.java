package cn.duban.supervision;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervision pages' forms — an inspection recorded, a problem found, a meeting's decision — bound and
 * checked like every page form ({@link cn.duban.refusal.PageForms}); beans with setters, so the page binds each
 * field back as typed. The service checks what needs the database (the area's units, the inspection's day).
 */
final class SupervisionForms {

    private SupervisionForms() {
    }

    /** 记录督查: day, kind, what, who led, who took part, what was seen, the units and tasks visited. */
    public static class InspectionForm {
        @NotNull(message = "请填写督查日期（格式如 2026-11-24）")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate heldOn;
        @NotNull(message = "请选择督查类型")
        private InspectionKind kind;
        private String title = "";
        private String ledBy = "";
        private String participants = "";
        private String observations = "";
        private List<Long> units = new ArrayList<>();
        private List<Long> tasks = new ArrayList<>();
        private boolean confirmRepeat;
        /** A photo or document from the site (checked before anything is recorded). */
        private org.springframework.web.multipart.MultipartFile file;

        public org.springframework.web.multipart.MultipartFile getFile() {
            return file;
        }

        public void setFile(org.springframework.web.multipart.MultipartFile file) {
            this.file = file;
        }

        Inspections.NewInspection inspection() {
            return new Inspections.NewInspection(heldOn, kind, title, ledBy, participants, observations,
                    units == null ? List.of() : units, tasks == null ? List.of() : tasks, confirmRepeat);
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public InspectionKind getKind() {
            return kind;
        }

        public void setKind(InspectionKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getLedBy() {
            return ledBy;
        }

        public void setLedBy(String ledBy) {
            this.ledBy = ledBy;
        }

        public String getParticipants() {
            return participants;
        }

        public void setParticipants(String participants) {
            this.participants = participants;
        }

        public String getObservations() {
            return observations;
        }

        public void setObservations(String observations) {
            this.observations = observations;
        }

        public List<Long> getUnits() {
            return units;
        }

        public void setUnits(List<Long> units) {
            this.units = units;
        }

        public List<Long> getTasks() {
            return tasks;
        }

        public void setTasks(List<Long> tasks) {
            this.tasks = tasks;
        }

        public boolean isConfirmRepeat() {
            return confirmRepeat;
        }

        public void setConfirmRepeat(boolean confirmRepeat) {
            this.confirmRepeat = confirmRepeat;
        }
    }

    /** A problem found at an inspection: what, whose to rectify, by when, with what evidence, about which tasks. */
    public static class FindingForm {
        private String description = "";
        private String theme = "";
        private Long unit;
        private String responsiblePerson = "";
        @NotNull(message = "请填写整改时限（格式如 2026-11-24）")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        private String requiredEvidence = "";
        private List<Long> tasks = new ArrayList<>();

        Rectifications.NewFinding finding() {
            return new Rectifications.NewFinding(description, theme, unit, responsiblePerson, deadline, requiredEvidence,
                    tasks == null ? List.of() : tasks);
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getTheme() {
            return theme;
        }

        public void setTheme(String theme) {
            this.theme = theme;
        }

        public Long getUnit() {
            return unit;
        }

        public void setUnit(Long unit) {
            this.unit = unit;
        }

        public String getResponsiblePerson() {
            return responsiblePerson;
        }

        public void setResponsiblePerson(String responsiblePerson) {
            this.responsiblePerson = responsiblePerson;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public String getRequiredEvidence() {
            return requiredEvidence;
        }

        public void setRequiredEvidence(String requiredEvidence) {
            this.requiredEvidence = requiredEvidence;
        }

        public List<Long> getTasks() {
            return tasks;
        }

        public void setTasks(List<Long> tasks) {
            this.tasks = tasks;
        }
    }

    /**
     * A 调度会's decision on the ledger: a new task (kind NEW_TASK: plan, title, lead, deadline) or a task's
     * deadline moved (kind DEADLINE: task, deadline).
     */
    public static class ActionForm {
        private String kind = "";
        private Long plan;
        private String title = "";
        private Long lead;
        private Long task;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public Long getPlan() {
            return plan;
        }

        public void setPlan(Long plan) {
            this.plan = plan;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getLead() {
            return lead;
        }

        public void setLead(Long lead) {
            this.lead = lead;
        }

        public Long getTask() {
            return task;
        }

        public void setTask(Long task) {
            this.task = task;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }
    }

    /** 报送整改情况: what the unit did, the version it saw, its evidence files. */
    public static class RectificationReportForm {
        private String narrative = "";
        private int version;
        private List<org.springframework.web.multipart.MultipartFile> files = new ArrayList<>();

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public List<org.springframework.web.multipart.MultipartFile> getFiles() {
            return files;
        }

        public void setFiles(List<org.springframework.web.multipart.MultipartFile> files) {
            this.files = files;
        }
    }
}
