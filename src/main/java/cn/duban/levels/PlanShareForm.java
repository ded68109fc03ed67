package cn.duban.levels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 整体交办: a percentage per area below for every task of a plan; an area left empty takes no share. */
public record PlanShareForm(@Valid List<Row> rows, @Size(max = 1000, message = "交办要求不超过 1000 字") String requirement) {

    public PlanShareForm {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
        requirement = requirement == null ? "" : requirement;
    }

    /** An area below and the percentage of every task it takes. */
    public record Row(Long areaId,
            @DecimalMin(value = "0", inclusive = false, message = "比例应大于0") @DecimalMax(value = "100", message = "比例不超过100") BigDecimal percent) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        Row() {
            this(null, null);
        }

    }

    List<LevelAssignments.AreaShare> shares() {
        return rows.stream().filter(r -> r != null && r.areaId() != null && r.percent() != null)
                .map(r -> new LevelAssignments.AreaShare(r.areaId(), r.percent())).toList();
    }
}
