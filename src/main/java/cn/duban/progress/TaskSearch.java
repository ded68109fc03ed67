package cn.duban.progress;

import cn.duban.files.OfficeSheet;
import cn.duban.time.CountyTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * All tasks across plans a user may see, each with its current status (the standing of the
 * latest period that has begun — the same figure the dashboard and the bulletin use), filtered.
 */
@Component
public class TaskSearch {

    /** More than this is no list a person reads; the export takes up to {@link #EXPORT_LIMIT}. */
    static final int PAGE_LIMIT = 500;
    static final int EXPORT_LIMIT = 5000;

    private final JdbcClient jdbc;
    private final Figures figures;
    private final HandedOnWork handedOn;

    TaskSearch(JdbcClient jdbc, Figures figures, HandedOnWork handedOn) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.handedOn = handedOn;
    }

    /** A task as the list shows it; {@code outcome} is its close-out record (已完成 / 未完成) once its plan is closed out. */
    public record Row(long id, long planId, String planTitle, String number, String title, String lead, String leader,
            LocalDate deadline, TaskStatus status, BigDecimal completion, String outcome) {
    }

    /**
     * @param areas     the areas whose plans the user sees in full (the office, leaders), or empty
     * @param units     otherwise, the units whose tasks (led or helped with) the user sees
     */
    public List<Row> find(TaskFilter f, Collection<Long> areas, Collection<Long> units, LocalDate today, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("today", today);
        if (!areas.isEmpty()) {
            where.append(" and p.area_id in (:areas)");
            params.put("areas", areas);
        } else {
            where.append(" and (t.lead_org_id in (:units) or exists (select 1 from task_co_unit c where c.task_id = t.id"
                    + " and c.organisation_id in (:units)))");
            params.put("units", units);
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (t.title ilike :q or t.body ilike :q or t.number = :exact)");
            params.put("q", "%" + like(f.q().strip()) + "%");
            params.put("exact", f.q().strip());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" and s.status = :status");
            params.put("status", f.status());
        }
        if (f.unit() != null) {
            where.append(" and t.lead_org_id = :unit");
            params.put("unit", f.unit());
        }
        if (f.leader() != null && !f.leader().isBlank()) {
            where.append(" and t.leader ilike :leader");
            params.put("leader", "%" + like(f.leader().strip()) + "%");
        }
        if (f.dueFrom() != null) {
            where.append(" and t.deadline >= :from");
            params.put("from", f.dueFrom());
        }
        if (f.dueTo() != null) {
            where.append(" and t.deadline <= :to");
            params.put("to", f.dueTo());
        }
        if (f.plan() != null) {
            where.append(" and t.plan_id = :plan");
            params.put("plan", f.plan());
        } else if (!f.archived()) {
            // Closed out (年度收官): out of the daily list, still found when asked for.
            where.append(" and not exists (select 1 from plan_closeout c where c.plan_id = t.plan_id)");
        }
        params.put("limit", limit);
        return jdbc.sql("""
                select t.id, t.plan_id, p.title as plan_title, t.number, t.title, coalesce(o.name, '') as lead, t.leader,
                       t.deadline, s.status, s.completion, tout.outcome, s.status is null and task_handed_on(t.id) as handed_on
                from task t join plan p on p.id = t.plan_id
                left join task_outcome tout on tout.task_id = t.id
                left join organisation o on o.id = t.lead_org_id
                left join lateral (
                    select ts.status, ts.completion from task_standing ts join reporting_period rp on rp.id = ts.period_id
                    where ts.task_id = t.id and rp.starts <= :today order by rp.starts desc limit 1) s on true
                where t.parent_id is null\s""" + where + """
                \sorder by t.deadline nulls last, p.id, t.position limit :limit""")
                .params(params)
                .query((rs, n) -> {
                    TaskStatus status = rs.getString("status") == null ? null : TaskStatus.valueOf(rs.getString("status"));
                    BigDecimal completion = rs.getBigDecimal("completion");
                    if (rs.getBoolean("handed_on")) {
                        // A task handed on reports through its parts: its status is its roll-up's, as its roll-up page shows.
                        HandedOnWork.RollUp rolled = handedOn.of(rs.getLong("id"), today);
                        status = rolled.status();
                        completion = rolled.completion();
                    }
                    return new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getString("number"),
                            rs.getString("title"), rs.getString("lead"), rs.getString("leader"), rs.getObject("deadline", LocalDate.class),
                            status, completion,
                            rs.getString("outcome") == null ? null : "DONE".equals(rs.getString("outcome")) ? "已收官：已完成" : "已收官：未完成");
                })
                .list();
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A user's saved views: a name and the query string. */
    public record SavedView(long id, String name, String query) {
    }

    public List<SavedView> views(String username) {
        return jdbc.sql("select id, name, query from saved_view where username = :u order by name")
                .param("u", username).query(SavedView.class).list();
    }

    public void saveView(String username, String name, String query) {
        jdbc.sql("""
                insert into saved_view (username, name, query) values (:u, :n, :q)
                on conflict (username, name) do update set query = excluded.query""")
                .param("u", username).param("n", name).param("q", query).update();
    }

    public void deleteView(String username, long id) {
        jdbc.sql("delete from saved_view where id = :id and username = :u").param("id", id).param("u", username).update();
    }

    /**
     * The list as a workbook: the columns of the office's 台账, the status and completion as the pages
     * show them — the completion a number cell formatted as a percent, the deadline a date cell.
     */
    public byte[] workbook(List<Row> rows, LocalDate today) {
        try (var book = new OfficeSheet()) {
            var table = book.table("任务清单", "任务清单", "制表日期：" + CountyTime.dayOf(today), List.of(
                    OfficeSheet.column("序号", 6), OfficeSheet.column("计划", 30),
                    OfficeSheet.column("编号", 8), OfficeSheet.column("工作任务", 44),
                    OfficeSheet.column("牵头单位", 18), OfficeSheet.column("责任领导", 12),
                    OfficeSheet.column("完成时限", 12), OfficeSheet.column("状态", 10),
                    OfficeSheet.column("完成率", 10)));
            int n = 1;
            for (Row row : rows) {
                table.row(n++, row.planTitle(), row.number(), row.title(), row.lead(), row.leader(), row.deadline(),
                        row.status() == null ? "尚未计算" : row.status().label(),
                        row.completion() == null
                                ? null
                                : OfficeSheet.Percent.of(new BigDecimal(StatusRule.figure(row.completion()))));
            }
            return book.titled("任务清单").bytes();
        }
    }
}
