package cn.duban.assignments;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the paperwork's forms carry, bound and validated the same way for the page
 * ({@code @ModelAttribute}, redrawn with what was typed and the message beside the field) and
 * the API ({@code @RequestBody}, a ProblemDetail naming the fields). Beans with setters, as
 * spring-petclinic's forms are, so the page binds each field back.
 */
public final class Forms {

    private Forms() {
    }

    /** A leader's 批示 on one thing of his area. */
    public static class InstructionForm {
        @NotNull(message = "请选择批示的对象")
        @Pattern(regexp = "TASK|REPORT|FINDING|BULLETIN", message = "批示的对象只能是任务、报送、督查问题或通报")
        private String subjectKind;
        @NotNull(message = "请选择批示的对象")
        private Long subjectId;
        @NotBlank(message = "请填写批示内容")
        @Size(max = 1000, message = "批示内容不超过 1000 字")
        private String text;

        public InstructionForm() {
        }

        public InstructionForm(String subjectKind, Long subjectId, String text) {
            this.subjectKind = subjectKind;
            this.subjectId = subjectId;
            this.text = text;
        }

        public String getSubjectKind() {
            return subjectKind;
        }

        public void setSubjectKind(String subjectKind) {
            this.subjectKind = subjectKind;
        }

        public Long getSubjectId() {
            return subjectId;
        }

        public void setSubjectId(Long subjectId) {
            this.subjectId = subjectId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** A 交办事项: what, on what basis, who leads and helps, by when, and what is required. */
    public static class AssignmentForm {
        @NotBlank(message = "请填写交办事项")
        @Size(max = 200, message = "交办事项不超过 200 字")
        private String matter;
        @Size(max = 200, message = "交办依据不超过 200 字")
        private String basis = "";
        @NotNull(message = "请选择牵头单位")
        private Long leadOrgId;
        private List<Long> coUnitIds = new ArrayList<>();
        @NotNull(message = "请填写办理时限")
        @FutureOrPresent(message = "办理时限不能早于今天")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        @Size(max = 1000, message = "办理要求不超过 1000 字")
        private String requirement = "";

        public AssignmentForm() {
        }

        public AssignmentForm(String matter, String basis, Long leadOrgId, List<Long> coUnitIds, LocalDate deadline,
                              String requirement) {
            this.matter = matter;
            this.basis = basis;
            this.leadOrgId = leadOrgId;
            this.coUnitIds = coUnitIds == null ? new ArrayList<>() : new ArrayList<>(coUnitIds);
            this.deadline = deadline;
            this.requirement = requirement;
        }

        public String getMatter() {
            return matter;
        }

        public void setMatter(String matter) {
            this.matter = matter;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public Long getLeadOrgId() {
            return leadOrgId;
        }

        public void setLeadOrgId(Long leadOrgId) {
            this.leadOrgId = leadOrgId;
        }

        public List<Long> getCoUnitIds() {
            return coUnitIds;
        }

        public void setCoUnitIds(List<Long> coUnitIds) {
            this.coUnitIds = coUnitIds == null ? new ArrayList<>() : coUnitIds;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public String getRequirement() {
            return requirement;
        }

        public void setRequirement(String requirement) {
            this.requirement = requirement;
        }
    }

    /** A unit's 办理情况 or its request for 办结, or the office's reason for returning one. */
    public static class StepForm {
        @NotBlank(message = "请填写内容")
        @Size(max = 2000, message = "内容不超过 2000 字")
        private String text;

        public StepForm() {
        }

        public StepForm(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** A unit's 延期申请: the task, its reasons, the date it asks for. */
    public static class ExtensionForm {
        @NotNull(message = "请选择任务")
        private Long taskId;
        @NotBlank(message = "请填写延期理由")
        @Size(max = 1000, message = "延期理由不超过 1000 字")
        private String reason;
        @NotNull(message = "请填写申请延至的日期")
        @FutureOrPresent(message = "申请延至的日期不能早于今天")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate proposed;

        public ExtensionForm() {
        }

        public ExtensionForm(Long taskId, String reason, LocalDate proposed) {
            this.taskId = taskId;
            this.reason = reason;
            this.proposed = proposed;
        }

        public Long getTaskId() {
            return taskId;
        }

        public void setTaskId(Long taskId) {
            this.taskId = taskId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public LocalDate getProposed() {
            return proposed;
        }

        public void setProposed(LocalDate proposed) {
            this.proposed = proposed;
        }
    }

    /** The office's answer to a 延期申请 or to a request for 办结; a refusal must say why (checked where it is one). */
    public static class DecisionForm {
        @Size(max = 500, message = "理由不超过 500 字")
        private String reason = "";

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
