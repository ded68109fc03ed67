package cn.duban.progress;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The task list's search: words, status, lead unit, leader, a deadline window and a plan; each
 * may be left out. Bound from the query string, so a search is a link that can be saved.
 */
public class TaskFilter {

    @Size(max = 50, message = "关键词不超过 50 字")
    private String q;
    @Pattern(regexp = "|DONE|ON_TRACK|LAGGING|OVERDUE|NOT_REPORTED", message = "状态不正确")
    private String status;
    private Long unit;
    @Size(max = 40, message = "责任领导不超过 40 字")
    private String leader;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueTo;
    private Long plan;
    /** Also the tasks of plans closed out (年度收官); a plan asked for by name is shown whatever its state. */
    private boolean archived;

    @AssertTrue(message = "完成时限的起始日期不能晚于截止日期")
    public boolean isWindowInOrder() {
        return dueFrom == null || dueTo == null || !dueFrom.isAfter(dueTo);
    }

    /** The filter as the query string that reproduces it (for saved views and the export link). */
    public String query() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("status", status);
        p.put("unit", unit);
        p.put("leader", leader);
        p.put("dueFrom", dueFrom);
        p.put("dueTo", dueTo);
        p.put("plan", plan);
        p.put("archived", archived ? "true" : null);
        return p.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue().toString(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }
}
