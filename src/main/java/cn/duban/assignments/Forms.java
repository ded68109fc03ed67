package cn.duban.assignments;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the paperwork's forms carry, bound and validated the same way for the page
 * ({@code @ModelAttribute}, redrawn with what was typed and the message beside the field) and
 * the API ({@code @RequestBody}, a ProblemDetail naming the fields). Records, bound through their
 * constructors; what a page did not send reads as empty.
 */
public final class Forms {

    private Forms() {
    }

    /** A leader's 批示 on one thing of his area. */
    public record InstructionForm(
            @NotNull(message = "请选择批示的对象") @Pattern(regexp = "TASK|REPORT|FINDING|BULLETIN", message = "批示的对象只能是任务、报送、督查问题或通报") String subjectKind,
            @NotNull(message = "请选择批示的对象") Long subjectId,
            @NotBlank(message = "请填写批示内容") @Size(max = 1000, message = "批示内容不超过 1000 字") String text) {

        /** The form as a page first shows it. */
        public static InstructionForm blank() {
            return new InstructionForm(null, null, null);
        }
    }

    /** A 交办事项: what, on what basis, who leads and helps, by when, and what is required. */
    public record AssignmentForm(
            @NotBlank(message = "请填写交办事项") @Size(max = 200, message = "交办事项不超过 200 字") String matter,
            @Size(max = 200, message = "交办依据不超过 200 字") String basis,
            @NotNull(message = "请选择牵头单位") Long leadOrgId,
            List<Long> coUnitIds,
            @NotNull(message = "请填写办理时限") @FutureOrPresent(message = "办理时限不能早于今天") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @Size(max = 1000, message = "办理要求不超过 1000 字") String requirement) {
        /** What was not sent reads as empty, as a fresh form. */
        public AssignmentForm {
            basis = basis == null ? "" : basis;
            coUnitIds = coUnitIds == null ? new ArrayList<>() : new ArrayList<>(coUnitIds);
            requirement = requirement == null ? "" : requirement;
        }

        /** The form as a page first shows it. */
        public static AssignmentForm blank() {
            return new AssignmentForm(null, null, null, null, null, null);
        }
    }

    /** A unit's 办理情况 or its request for 办结, or the office's reason for returning one. */
    public record StepForm(
            @NotBlank(message = "请填写内容") @Size(max = 2000, message = "内容不超过 2000 字") String text) {

        /** The form as a page first shows it. */
        public static StepForm blank() {
            return new StepForm(null);
        }
    }

    /** A unit's 延期申请: the task, its reasons, the date it asks for. */
    public record ExtensionForm(
            @NotNull(message = "请选择任务") Long taskId,
            @NotBlank(message = "请填写延期理由") @Size(max = 1000, message = "延期理由不超过 1000 字") String reason,
            @NotNull(message = "请填写申请延至的日期") @FutureOrPresent(message = "申请延至的日期不能早于今天") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposed) {

        /** The form as a page first shows it. */
        public static ExtensionForm blank() {
            return new ExtensionForm(null, null, null);
        }
    }

    /** The office's answer to a 延期申请 or to a request for 办结; a refusal must say why (checked where it is one). */
    public record DecisionForm(
            @Size(max = 500, message = "理由不超过 500 字") String reason) {
        /** What was not sent reads as empty, as a fresh form. */
        public DecisionForm {
            reason = reason == null ? "" : reason;
        }

        /** The form as a page first shows it. */
        public static DecisionForm blank() {
            return new DecisionForm(null);
        }
    }
}
