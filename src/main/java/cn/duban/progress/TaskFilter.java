package cn.duban.progress;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The task list's search: words, status, lead unit, leader, a deadline window and a plan; each
 * may be left out. Bound from the query string, so a search is a link that can be saved.
 */
public record TaskFilter(
        @Size(max = 50, message = "关键词不超过 50 字") String q,
        @Pattern(regexp = "|DONE|ON_TRACK|LAGGING|OVERDUE|NOT_REPORTED", message = "状态不正确") String status,
        Long unit,
        @Size(max = 40, message = "责任领导不超过 40 字") String leader,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
        Long plan,
        /** Also the tasks of plans closed out (年度收官); a plan asked for by name is shown whatever its state. */
        Boolean archived) {
    /** What was not sent reads as empty, as a fresh form. */
    public TaskFilter {
        archived = archived == null ? false : archived;
    }

    /** The form as a page first shows it. */
    public static TaskFilter blank() {
        return new TaskFilter(null, null, null, null, null, null, null, null);
    }

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
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
