package cn.duban.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The 考核 forms, bound alike by the page (through the records' constructors) and the API (JSON), each message
 * beside its field. What a page did not send reads as empty; the API's scheme keeps its defaults (70/30, three
 * units named in the quarterly lists) for what it leaves out.
 */
public final class AssessmentForms {

    private AssessmentForms() {
    }

    /** A scheme: its title, the split of 100 points, how many units the quarterly lists name, a weight per plan. */
    public record SchemeForm(
            @NotBlank(message = "请填写方案名称") @Size(max = 100, message = "方案名称不超过 100 字") String title,
            @NotNull(message = "请填写完成情况分值") @DecimalMin(value = "0", message = "分值在 0 到 100 之间") @DecimalMax(value = "100", message = "分值在 0 到 100 之间") BigDecimal completionPoints,
            @NotNull(message = "请填写及时性分值") @DecimalMin(value = "0", message = "分值在 0 到 100 之间") @DecimalMax(value = "100", message = "分值在 0 到 100 之间") BigDecimal timelinessPoints,
            @Min(value = 1, message = "奖惩名单人数在 1 到 20 之间") @Max(value = 20, message = "奖惩名单人数在 1 到 20 之间") Integer rewardCount,
            @Valid List<Weight> plans,
            @Valid List<KindWeight> kinds) {

        public SchemeForm {
            rewardCount = rewardCount == null ? 3 : rewardCount;
            plans = plans == null ? new ArrayList<>() : new ArrayList<>(plans);
            kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
        }

        /** A scheme of the usual split (70 for completion, 30 for timeliness) with no weights yet. */
        public static SchemeForm titled(String title, int rewardCount) {
            return new SchemeForm(title, BigDecimal.valueOf(70), BigDecimal.valueOf(30), rewardCount, null, null);
        }

        /** A category's weight: every plan of that kind without a weight of its own takes it. */
        public record KindWeight(
                String kind,
                @DecimalMin(value = "0", inclusive = false, message = "权重应大于 0") @DecimalMax(value = "100", message = "权重不超过 100") BigDecimal weight) {
            /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
            KindWeight() {
                this(null, null);
            }

        }

        /** A plan's weight. */
        public record Weight(
                Long planId,
                @DecimalMin(value = "0", inclusive = false, message = "权重应大于 0") @DecimalMax(value = "100", message = "权重不超过 100") BigDecimal weight) {
            /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
            Weight() {
                this(null, null);
            }

        }

        /** The kinds given a weight. */
        Map<String, BigDecimal> kindWeights() {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (KindWeight w : kinds) {
                if (w != null && w.kind() != null && !w.kind().isBlank() && w.weight() != null) {
                    out.put(w.kind().strip(), w.weight());
                }
            }
            return out;
        }

        /** The plans given a weight (a plan left empty is not assessed). */
        Map<Long, BigDecimal> weights() {
            Map<Long, BigDecimal> out = new LinkedHashMap<>();
            for (Weight w : plans) {
                if (w != null && w.planId() != null && w.weight() != null) {
                    out.put(w.planId(), w.weight());
                }
            }
            return out;
        }
    }

    /** A 加分/扣分 item: whose, what kind, how many points, when, and on what basis. */
    public record ItemForm(
            @NotNull(message = "请选择单位") Long organisationId,
            @NotNull(message = "请选择事项类别") @Pattern(regexp = "PRAISE|PROBLEM|INTERVIEW|ACCOUNTABILITY|OTHER", message = "事项类别不正确") String kind,
            @NotNull(message = "请填写分值") @DecimalMin(value = "-20", message = "分值在 -20 到 20 之间") @DecimalMax(value = "20", message = "分值在 -20 到 20 之间") BigDecimal points,
            @NotNull(message = "请填写事项日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @NotBlank(message = "请填写依据（如通报文号、督查发现的问题）") @Size(min = 2, max = 500, message = "依据为 2 至 500 字") String basis) {

        /** The form as a page first shows it. */
        public static ItemForm blank() {
            return new ItemForm(null, null, null, null, null);
        }
    }
}
