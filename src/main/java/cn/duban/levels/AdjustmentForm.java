package cn.duban.levels;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** 调整申请: which quantity of a received task, to what, and why. */
public class AdjustmentForm {

    @NotNull(message = "请选择要调整的指标")
    private Integer position;
    @NotNull(message = "请填写调整后的数量")
    @DecimalMin(value = "0", message = "数量不能小于0")
    private BigDecimal proposed;
    @NotBlank(message = "请说明调整理由")
    @Size(min = 2, max = 500, message = "理由为 2 至 500 字")
    private String reason;

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public BigDecimal getProposed() {
        return proposed;
    }

    public void setProposed(BigDecimal proposed) {
        this.proposed = proposed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
