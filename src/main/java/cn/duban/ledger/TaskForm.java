package cn.duban.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The task page's form: the task's fields, its indicators ({@code indicators[0].name}…) and its 进度节点
 * ({@code milestones[0].due}…), with blank rows to add to. A row without a name (an indicator) or with
 * neither date nor share (a milestone) is left out. Bound and checked like every page form
 * ({@link cn.duban.refusal.PageForms}); a bean with setters, so the page binds each field back as typed.
 */
public class TaskForm {

    /** Blank rows offered under the task's own. */
    static final int NEW_INDICATORS = 2;
    static final int NEW_MILESTONES = 3;

    @NotBlank(message = "任务名称不能为空")
    @Size(max = 2000, message = "任务名称不超过 2000 字")
    private String title;
    private Long leadOrgId;
    private List<Long> coUnitIds = new ArrayList<>();
    @Size(max = 200, message = "责任领导不超过 200 字")
    private String leader = "";
    @Size(max = 200, message = "责任人不超过 200 字")
    private String responsiblePerson = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    private int version;
    @Valid
    private List<IndicatorRow> indicators = new ArrayList<>();
    @Valid
    private List<MilestoneRow> milestones = new ArrayList<>();

    /** The form as the task stands, with blank rows to add to. */
    static TaskForm of(LedgerTask task, int version) {
        TaskForm f = new TaskForm();
        f.title = task.title();
        f.leadOrgId = task.leadOrgId();
        f.coUnitIds = new ArrayList<>(task.coUnitIds());
        f.leader = task.leader();
        f.responsiblePerson = task.responsiblePerson();
        f.startDate = task.startDate();
        f.deadline = task.deadline();
        f.version = version;
        task.indicators().forEach(i -> f.indicators.add(new IndicatorRow(i.name(), i.comparator(), i.targetValue(), i.unit(),
                i.deadline(), i.baseline())));
        task.milestones().forEach(m -> f.milestones.add(new MilestoneRow(m.due(), m.expectedPercent())));
        f.withBlankRows();
        return f;
    }

    /** Blank rows after the filled ones, for a form drawn again as typed too. */
    TaskForm withBlankRows() {
        indicators.removeIf(r -> r == null || r.blank());
        milestones.removeIf(r -> r == null || r.blank());
        for (int k = 0; k < NEW_INDICATORS; k++) {
            indicators.add(new IndicatorRow());
        }
        for (int k = 0; k < NEW_MILESTONES; k++) {
            milestones.add(new MilestoneRow());
        }
        return this;
    }

    /** The change the form asks for. */
    Tasks.TaskChange change() {
        List<LedgerTask.Indicator> quantities = indicators.stream().filter(r -> r != null && !r.blank())
                .map(r -> new LedgerTask.Indicator(r.name.strip(), "", r.target, r.unit == null ? "" : r.unit.strip(),
                        r.comparator == null || r.comparator.isBlank() ? "=" : r.comparator, "target", r.deadline, r.baseline))
                .toList();
        List<LedgerTask.Milestone> steps = milestones.stream().filter(r -> r != null && !r.blank())
                .map(r -> new LedgerTask.Milestone(r.due, r.percent)).toList();
        return new Tasks.TaskChange(title, leadOrgId, coUnitIds == null ? List.of() : coUnitIds, leader, responsiblePerson,
                startDate, deadline, version, quantities, steps);
    }

    /** One indicator: its name, comparator (=, &gt;=, &lt;=), target, unit, deadline and baseline. */
    public static class IndicatorRow {
        @Size(max = 200, message = "指标名称不超过 200 字")
        private String name = "";
        private String comparator = "=";
        private BigDecimal target;
        @Size(max = 20, message = "单位不超过 20 字")
        private String unit = "";
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        private BigDecimal baseline;

        public IndicatorRow() {
        }

        IndicatorRow(String name, String comparator, BigDecimal target, String unit, LocalDate deadline, BigDecimal baseline) {
            this.name = name;
            this.comparator = comparator;
            this.target = target;
            this.unit = unit;
            this.deadline = deadline;
            this.baseline = baseline;
        }

        boolean blank() {
            return name == null || name.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getComparator() {
            return comparator;
        }

        public void setComparator(String comparator) {
            this.comparator = comparator;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }
    }

    /** One 进度节点: by this day, this share done (3月底完成40%). */
    public static class MilestoneRow {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate due;
        private BigDecimal percent;

        public MilestoneRow() {
        }

        MilestoneRow(LocalDate due, BigDecimal percent) {
            this.due = due;
            this.percent = percent;
        }

        boolean blank() {
            return due == null && percent == null;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getLeadOrgId() {
        return leadOrgId;
    }

    public void setLeadOrgId(Long leadOrgId) {
        this.leadOrgId = leadOrgId;
    }

    public List<Long> getCoUnitIds() {
        return coUnitIds;
    }

    public void setCoUnitIds(List<Long> coUnitIds) {
        this.coUnitIds = coUnitIds;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneRow> milestones) {
        this.milestones = milestones;
    }
}
