package cn.duban.levels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's shares as an office hands it on (上级交办 to the areas below, 分解下达 to its units):
 * a row per receiver with a quantity per indicator and a deadline. A row left blank is nobody's
 * share; a row half filled is sent back with the message beside its empty field.
 */
public class ShareForm {

    @Valid
    private List<Row> rows = new ArrayList<>();
    private boolean exceed;
    @Size(max = 1000, message = "交办要求不超过 1000 字")
    private String requirement = "";

    public static class Row {
        private Long unitId;
        private List<BigDecimal> values = new ArrayList<>();
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;

        public Row() {
        }

        public Row(Long unitId, List<BigDecimal> values, LocalDate deadline) {
            this.unitId = unitId;
            this.values = new ArrayList<>(values);
            this.deadline = deadline;
        }

        boolean blank() {
            return values.stream().allMatch(v -> v == null) && deadline == null;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public List<BigDecimal> getValues() {
            return values;
        }

        public void setValues(List<BigDecimal> values) {
            this.values = values;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }
    }

    /**
     * The filled rows as shares, with a field error for each gap of a filled row (a receiver not
     * chosen, a quantity or the deadline left empty). {@code quantities} is how many the task has.
     */
    List<Levels.Share> shares(int quantities, Errors errors) {
        List<Levels.Share> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            if (r == null || r.blank()) {
                continue;
            }
            boolean complete = true;
            if (r.unitId == null) {
                errors.rejectValue("rows[" + k + "].unitId", "required", "请选择承担单位");
                complete = false;
            }
            for (int i = 0; i < quantities; i++) {
                BigDecimal v = i < r.values.size() ? r.values.get(i) : null;
                if (v == null) {
                    errors.rejectValue("rows[" + k + "].values[" + i + "]", "required", "请填写分配数量");
                    complete = false;
                } else if (v.signum() < 0) {
                    errors.rejectValue("rows[" + k + "].values[" + i + "]", "negative", "数量不能小于0");
                    complete = false;
                }
            }
            if (r.deadline == null) {
                errors.rejectValue("rows[" + k + "].deadline", "required", "请填写完成时限");
                complete = false;
            }
            if (complete) {
                out.add(new Levels.Share(r.unitId, r.values.subList(0, quantities), r.deadline));
            }
        }
        if (out.isEmpty() && !errors.hasErrors()) {
            errors.reject("empty", "请至少为一个单位填写分配数量和完成时限");
        }
        return out;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public boolean isExceed() {
        return exceed;
    }

    public void setExceed(boolean exceed) {
        this.exceed = exceed;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }
}
