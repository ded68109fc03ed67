package cn.duban.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The task page's form: the task's fields, its indicators ({@code indicators[0].name}…) and its 进度节点
 * ({@code milestones[0].due}…), with blank rows to add to. A row without a name (an indicator) or with
 * neither date nor share (a milestone) is left out. A record bound through its constructor and checked like
 * every page form ({@link cn.duban.refusal.PageForms}); what the page did not send reads as empty.
 */
public record TaskForm(
        @NotBlank(message = "任务名称不能为空") @Size(max = 2000, message = "任务名称不超过 2000 字") String title,
        Long leadOrgId,
        List<Long> coUnitIds,
        @Size(max = 200, message = "责任领导不超过 200 字") String leader,
        @Size(max = 200, message = "责任人不超过 200 字") String responsiblePerson,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
        Integer version,
        @Valid List<IndicatorRow> indicators,
        @Valid List<MilestoneRow> milestones) {

    /** Blank rows offered under the task's own. */
    static final int NEW_INDICATORS = 2;
    static final int NEW_MILESTONES = 3;

    public TaskForm {
        coUnitIds = coUnitIds == null ? new ArrayList<>() : new ArrayList<>(coUnitIds);
        leader = leader == null ? "" : leader;
        responsiblePerson = responsiblePerson == null ? "" : responsiblePerson;
        version = version == null ? 0 : version;
        indicators = indicators == null ? new ArrayList<>() : new ArrayList<>(indicators);
        milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
    }

    /** The form as the task stands, with blank rows to add to. */
    static TaskForm of(LedgerTask task, int version) {
        List<IndicatorRow> indicators = new ArrayList<>();
        task.indicators().forEach(i -> indicators.add(new IndicatorRow(i.name(), i.comparator(), i.targetValue(), i.unit(),
                i.deadline(), i.baseline())));
        List<MilestoneRow> milestones = new ArrayList<>();
        task.milestones().forEach(m -> milestones.add(new MilestoneRow(m.due(), m.expectedPercent())));
        for (int k = 0; k < NEW_INDICATORS; k++) {
            indicators.add(new IndicatorRow(null, null, null, null, null, null));
        }
        for (int k = 0; k < NEW_MILESTONES; k++) {
            milestones.add(new MilestoneRow(null, null));
        }
        return new TaskForm(task.title(), task.leadOrgId(), new ArrayList<>(task.coUnitIds()), task.leader(),
                task.responsiblePerson(), task.startDate(), task.deadline(), version, indicators, milestones);
    }

    /** The change the form asks for. */
    Tasks.TaskChange change() {
        List<LedgerTask.Indicator> quantities = indicators.stream().filter(r -> r != null && !r.blank())
                .map(r -> new LedgerTask.Indicator(r.name().strip(), "", r.target(), r.unit().strip(), r.comparator(), "target",
                        r.deadline(), r.baseline()))
                .toList();
        List<LedgerTask.Milestone> steps = milestones.stream().filter(r -> r != null && !r.blank())
                .map(r -> new LedgerTask.Milestone(r.due(), r.percent())).toList();
        return new Tasks.TaskChange(title, leadOrgId, coUnitIds, leader, responsiblePerson, startDate, deadline, version,
                quantities, steps);
    }

    /** One indicator: its name, comparator (=, &gt;=, &lt;=), target, unit, deadline and baseline. */
    public record IndicatorRow(
            @Size(max = 200, message = "指标名称不超过 200 字") String name,
            String comparator,
            BigDecimal target,
            @Size(max = 20, message = "单位不超过 20 字") String unit,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            BigDecimal baseline) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        IndicatorRow() {
            this(null, null, null, null, null, null);
        }

        public IndicatorRow {
            name = name == null ? "" : name;
            comparator = comparator == null || comparator.isBlank() ? "=" : comparator;
            unit = unit == null ? "" : unit;
        }

        boolean blank() {
            return name.isBlank();
        }
    }

    /** One 进度节点: by this day, this share done (3月底完成40%). */
    public record MilestoneRow(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, BigDecimal percent) {
        /** For a page whose property paths reach a row the request did not carry (binding uses the canonical one). */
        MilestoneRow() {
            this(null, null);
        }

        boolean blank() {
            return due == null && percent == null;
        }
    }
}
