package cn.duban.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report page's form: per task of the report ({@code lines[k]…}, the k-th task the page shows) its
 * cumulative values by indicator ({@code lines[k].values[j].value}), or a percentage done, its words and the
 * 无变化 tick; the version it was opened on, the submission key, when it was opened. Numbers are kept as
 * typed and read leniently — thousands separators, full-width digits, a % sign — and one that does not read is
 * refused beside its field. A line the request did not carry was not on the page and is left alone.
 */
public class ReportForm {

    private Integer version;
    private String submission;
    private Long opened;
    private String action;
    /** The task an uploaded file proves (null: the whole report). */
    private Long task;
    /** Why a correction is made (the correction form only). */
    @Size(max = 500, message = "更正原因不超过 500 字")
    private String reason;
    @Valid
    private List<Line> lines = new ArrayList<>();

    /** The form as the report stands (or, for a line not yet filled, as last period left it). */
    static ReportForm of(UnitReport report, List<ReportLine> lines) {
        ReportForm f = new ReportForm();
        f.version = report.version();
        lines.forEach(l -> f.lines.add(Line.of(l, l.shown())));
        return f;
    }

    /** The lines aligned with the page's tasks, in its order: those typed kept as typed, the others as stored. */
    ReportForm alignedTo(List<ReportLine> shown) {
        Map<Long, Line> typed = new HashMap<>();
        lines.stream().filter(l -> l != null && l.taskId != null).forEach(l -> typed.put(l.taskId, l));
        List<Line> aligned = new ArrayList<>();
        for (ReportLine l : shown) {
            Line t = typed.get(l.taskId());
            aligned.add(t != null && t.values.size() == l.measures().size() ? t : Line.of(l, l.shown()));
        }
        lines = aligned;
        return this;
    }

    /** What was typed for the report's tasks; a value that does not read is refused naming its field. */
    List<LineInput> inputs(List<ReportLine> reportLines) {
        Map<Long, ReportLine> byTask = new HashMap<>();
        reportLines.forEach(l -> byTask.put(l.taskId(), l));
        List<LineInput> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            Line typed = lines.get(k);
            ReportLine line = typed == null || typed.taskId == null ? null : byTask.get(typed.taskId);
            if (line == null) {
                continue; // not a task of this report
            }
            Map<Long, BigDecimal> values = new HashMap<>();
            for (int j = 0; j < typed.values.size(); j++) {
                Value v = typed.values.get(j);
                ReportLine.Measure m = v == null || v.indicatorId == null ? null : line.measures().stream()
                        .filter(x -> x.indicatorId() == v.indicatorId).findFirst().orElse(null);
                if (m == null) {
                    continue;
                }
                BigDecimal n = number(v.value, "“" + m.name() + "”的累计完成值", "lines[" + k + "].values[" + j + "].value");
                if (n != null) {
                    values.put(m.indicatorId(), n);
                }
            }
            out.add(new LineInput(line.taskId(), values, number(typed.percent, "“" + line.title() + "”的完成进度", "lines[" + k + "].percent"),
                    typed.narrative, typed.problems, typed.nextSteps, typed.unchanged));
        }
        return out;
    }

    static BigDecimal number(String raw, String what, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String clean = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replace(",", "").replace("，", "")
                .replace("%", "");
        try {
            BigDecimal v = new BigDecimal(clean);
            if (v.abs().compareTo(Reports.MAX_VALUE) > 0) {
                throw new ReportRejected(what + "数值过大：" + raw, field);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ReportRejected(what + "应填写数字：" + raw, field);
        }
    }

    /** One task's line. */
    public static class Line {
        private Long taskId;
        @Valid
        private List<Value> values = new ArrayList<>();
        private String percent;
        private String narrative = "";
        private String problems = "";
        private String nextSteps = "";
        private boolean unchanged;

        static Line of(ReportLine l, ReportLine.Entry shown) {
            Line line = new Line();
            line.taskId = l.taskId();
            for (ReportLine.Measure m : l.measures()) {
                BigDecimal v = shown == null ? null : shown.values().get(m.indicatorId());
                line.values.add(new Value(m.indicatorId(), v == null ? "" : v.toPlainString()));
            }
            if (shown != null) {
                line.percent = shown.percentDone() == null ? "" : shown.percentDone().toPlainString();
                line.narrative = shown.narrative();
                line.problems = shown.problems();
                line.nextSteps = shown.nextSteps();
            }
            line.unchanged = l.current() != null && l.current().unchanged();
            return line;
        }

        public Long getTaskId() {
            return taskId;
        }

        public void setTaskId(Long taskId) {
            this.taskId = taskId;
        }

        public List<Value> getValues() {
            return values;
        }

        public void setValues(List<Value> values) {
            this.values = values;
        }

        public String getPercent() {
            return percent;
        }

        public void setPercent(String percent) {
            this.percent = percent;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public String getProblems() {
            return problems;
        }

        public void setProblems(String problems) {
            this.problems = problems;
        }

        public String getNextSteps() {
            return nextSteps;
        }

        public void setNextSteps(String nextSteps) {
            this.nextSteps = nextSteps;
        }

        public boolean isUnchanged() {
            return unchanged;
        }

        public void setUnchanged(boolean unchanged) {
            this.unchanged = unchanged;
        }
    }

    /** One indicator's cumulative value, as typed. */
    public static class Value {
        private Long indicatorId;
        @Size(max = 40, message = "数值过长")
        private String value = "";

        public Value() {
        }

        Value(Long indicatorId, String value) {
            this.indicatorId = indicatorId;
            this.value = value;
        }

        public Long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(Long indicatorId) {
            this.indicatorId = indicatorId;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getSubmission() {
        return submission;
    }

    public void setSubmission(String submission) {
        this.submission = submission;
    }

    public Long getOpened() {
        return opened;
    }

    public void setOpened(Long opened) {
        this.opened = opened;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
