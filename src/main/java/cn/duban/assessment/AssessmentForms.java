package cn.duban.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 考核 forms, bound alike by the page and the API, each message beside its field. */
public final class AssessmentForms {

    private AssessmentForms() {
    }

    /** A scheme: its title, the split of 100 points, how many units the quarterly lists name, a weight per plan. */
    public static class SchemeForm {
        @NotBlank(message = "请填写方案名称")
        @Size(max = 100, message = "方案名称不超过 100 字")
        private String title;
        @NotNull(message = "请填写完成情况分值")
        @DecimalMin(value = "0", message = "分值在 0 到 100 之间")
        @DecimalMax(value = "100", message = "分值在 0 到 100 之间")
        private BigDecimal completionPoints = BigDecimal.valueOf(70);
        @NotNull(message = "请填写及时性分值")
        @DecimalMin(value = "0", message = "分值在 0 到 100 之间")
        @DecimalMax(value = "100", message = "分值在 0 到 100 之间")
        private BigDecimal timelinessPoints = BigDecimal.valueOf(30);
        @Min(value = 1, message = "奖惩名单人数在 1 到 20 之间")
        @Max(value = 20, message = "奖惩名单人数在 1 到 20 之间")
        private int rewardCount = 3;
        private List<Weight> plans = new ArrayList<>();
        private List<KindWeight> kinds = new ArrayList<>();

        /** A category's weight: every plan of that kind without a weight of its own takes it. */
        public static class KindWeight {
            private String kind;
            @DecimalMin(value = "0", inclusive = false, message = "权重应大于 0")
            @DecimalMax(value = "100", message = "权重不超过 100")
            private BigDecimal weight;

            public KindWeight() {
            }

            public KindWeight(String kind, BigDecimal weight) {
                this.kind = kind;
                this.weight = weight;
            }

            public String getKind() {
                return kind;
            }

            public void setKind(String kind) {
                this.kind = kind;
            }

            public BigDecimal getWeight() {
                return weight;
            }

            public void setWeight(BigDecimal weight) {
                this.weight = weight;
            }
        }

        /** The kinds given a weight. */
        Map<String, BigDecimal> kindWeights() {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (KindWeight w : kinds) {
                if (w != null && w.kind != null && !w.kind.isBlank() && w.weight != null) {
                    out.put(w.kind.strip(), w.weight);
                }
            }
            return out;
        }

        @jakarta.validation.Valid
        public List<KindWeight> getKinds() {
            return kinds;
        }

        public void setKinds(List<KindWeight> kinds) {
            this.kinds = kinds;
        }

        public static class Weight {
            private Long planId;
            @DecimalMin(value = "0", inclusive = false, message = "权重应大于 0")
            @DecimalMax(value = "100", message = "权重不超过 100")
            private BigDecimal weight;

            public Weight() {
            }

            public Weight(Long planId, BigDecimal weight) {
                this.planId = planId;
                this.weight = weight;
            }

            public Long getPlanId() {
                return planId;
            }

            public void setPlanId(Long planId) {
                this.planId = planId;
            }

            public BigDecimal getWeight() {
                return weight;
            }

            public void setWeight(BigDecimal weight) {
                this.weight = weight;
            }
        }

        /** The plans given a weight (a plan left empty is not assessed). */
        Map<Long, BigDecimal> weights() {
            Map<Long, BigDecimal> out = new LinkedHashMap<>();
            for (Weight w : plans) {
                if (w != null && w.planId != null && w.weight != null) {
                    out.put(w.planId, w.weight);
                }
            }
            return out;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public BigDecimal getCompletionPoints() {
            return completionPoints;
        }

        public void setCompletionPoints(BigDecimal completionPoints) {
            this.completionPoints = completionPoints;
        }

        public BigDecimal getTimelinessPoints() {
            return timelinessPoints;
        }

        public void setTimelinessPoints(BigDecimal timelinessPoints) {
            this.timelinessPoints = timelinessPoints;
        }

        public int getRewardCount() {
            return rewardCount;
        }

        public void setRewardCount(int rewardCount) {
            this.rewardCount = rewardCount;
        }

        @jakarta.validation.Valid
        public List<Weight> getPlans() {
            return plans;
        }

        public void setPlans(List<Weight> plans) {
            this.plans = plans;
        }
    }

    /** A 加分/扣分 item: whose, what kind, how many points, when, and on what basis. */
    public static class ItemForm {
        @NotNull(message = "请选择单位")
        private Long organisationId;
        @NotNull(message = "请选择事项类别")
        @Pattern(regexp = "PRAISE|PROBLEM|INTERVIEW|ACCOUNTABILITY|OTHER", message = "事项类别不正确")
        private String kind;
        @NotNull(message = "请填写分值")
        @DecimalMin(value = "-20", message = "分值在 -20 到 20 之间")
        @DecimalMax(value = "20", message = "分值在 -20 到 20 之间")
        private BigDecimal points;
        @NotNull(message = "请填写事项日期")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate occurredOn;
        @NotBlank(message = "请填写依据（如通报文号、督查发现的问题）")
        @Size(min = 2, max = 500, message = "依据为 2 至 500 字")
        private String basis;

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }

        public LocalDate getOccurredOn() {
            return occurredOn;
        }

        public void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }
    }
}
