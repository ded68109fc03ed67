package cn.duban.levels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 整体交办: a percentage per area below for every task of a plan; an area left empty takes no share. */
public class PlanShareForm {

    @Valid
    private List<Row> rows = new ArrayList<>();
    @Size(max = 1000, message = "交办要求不超过 1000 字")
    private String requirement = "";

    public static class Row {
        private Long areaId;
        @DecimalMin(value = "0", inclusive = false, message = "比例应大于0")
        @DecimalMax(value = "100", message = "比例不超过100")
        private BigDecimal percent;

        public Row() {
        }

        public Row(Long areaId) {
            this.areaId = areaId;
        }

        public Long getAreaId() {
            return areaId;
        }

        public void setAreaId(Long areaId) {
            this.areaId = areaId;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    List<LevelAssignments.AreaShare> shares() {
        return rows.stream().filter(r -> r != null && r.areaId != null && r.percent != null)
                .map(r -> new LevelAssignments.AreaShare(r.areaId, r.percent)).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }
}
