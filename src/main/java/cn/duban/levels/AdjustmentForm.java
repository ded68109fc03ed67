package cn.duban.levels;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** 调整申请: which quantity of a received task, to what, and why. */
public record AdjustmentForm(
        @NotNull(message = "请选择要调整的指标") Integer position,
        @NotNull(message = "请填写调整后的数量") @DecimalMin(value = "0", message = "数量不能小于0") BigDecimal proposed,
        @NotBlank(message = "请说明调整理由") @Size(min = 2, max = 500, message = "理由为 2 至 500 字") String reason) {

    /** The form as a page first shows it. */
    static AdjustmentForm blank() {
        return new AdjustmentForm(null, null, null);
    }
}
