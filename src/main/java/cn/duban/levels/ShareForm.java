package cn.duban.levels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A task's shares as an office hands it on (上级交办 to the areas below, 分解下达 to its units):
 * a row per receiver with a quantity per indicator and a deadline. A row left blank is nobody's
 * share; a row half filled is sent back with the message beside its empty field.
 */
public record ShareForm(@Valid List<Row> rows, Boolean exceed,
        @Size(max = 1000, message = "交办要求不超过 1000 字") String requirement) {

    /** What was not sent reads as empty (an unticked box sends nothing). */
    public ShareForm {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
        exceed = exceed != null && exceed;
        requirement = requirement == null ? "" : requirement;
    }

    /** The form as a page first shows it: these rows, nothing exceeded, no requirement. */
    static ShareForm of(List<Row> rows) {
        return new ShareForm(rows, false, "");
    }

    /** One receiver's share: a quantity per indicator of the task, and a deadline. */
    public record Row(Long unitId, List<BigDecimal> values, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        Row() {
            this(null, null, null);
        }

        public Row {
            values = values == null ? new ArrayList<>() : new ArrayList<>(values);
        }

        boolean blank() {
            return values.stream().allMatch(v -> v == null) && deadline == null;
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
            if (r.unitId() == null) {
                errors.rejectValue("rows[" + k + "].unitId", "required", "请选择承担单位");
                complete = false;
            }
            for (int i = 0; i < quantities; i++) {
                BigDecimal v = i < r.values().size() ? r.values().get(i) : null;
                if (v == null) {
                    errors.rejectValue("rows[" + k + "].values[" + i + "]", "required", "请填写分配数量");
                    complete = false;
                } else if (v.signum() < 0) {
                    errors.rejectValue("rows[" + k + "].values[" + i + "]", "negative", "数量不能小于0");
                    complete = false;
                }
            }
            if (r.deadline() == null) {
                errors.rejectValue("rows[" + k + "].deadline", "required", "请填写完成时限");
                complete = false;
            }
            if (complete) {
                out.add(new Levels.Share(r.unitId(), r.values().subList(0, quantities), r.deadline()));
            }
        }
        if (out.isEmpty() && !errors.hasErrors()) {
            errors.reject("empty", "请至少为一个单位填写分配数量和完成时限");
        }
        return out;
    }
}
