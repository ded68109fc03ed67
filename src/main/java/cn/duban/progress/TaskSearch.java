package cn.duban.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    TaskSearch(JdbcClient jdbc, Figures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    public record Row(long id, long planId, String planTitle, String number, String title, String lead, String leader,
                      LocalDate deadline, TaskStatus status, BigDecimal completion) {
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
        if (f.getQ() != null && !f.getQ().isBlank()) {
            where.append(" and (t.title ilike :q or t.body ilike :q or t.number = :exact)");
            params.put("q", "%" + like(f.getQ().strip()) + "%");
            params.put("exact", f.getQ().strip());
        }
        if (f.getStatus() != null && !f.getStatus().isBlank()) {
            where.append(" and s.status = :status");
            params.put("status", f.getStatus());
        }
        if (f.getUnit() != null) {
            where.append(" and t.lead_org_id = :unit");
            params.put("unit", f.getUnit());
        }
        if (f.getLeader() != null && !f.getLeader().isBlank()) {
            where.append(" and t.leader ilike :leader");
            params.put("leader", "%" + like(f.getLeader().strip()) + "%");
        }
        if (f.getDueFrom() != null) {
            where.append(" and t.deadline >= :from");
            params.put("from", f.getDueFrom());
        }
        if (f.getDueTo() != null) {
            where.append(" and t.deadline <= :to");
            params.put("to", f.getDueTo());
        }
        if (f.getPlan() != null) {
            where.append(" and t.plan_id = :plan");
            params.put("plan", f.getPlan());
        }
        params.put("limit", limit);
        return jdbc.sql("""
                        select t.id, t.plan_id, p.title as plan_title, t.number, t.title, coalesce(o.name, '') as lead, t.leader,
                               t.deadline, s.status, s.completion
                        from task t join plan p on p.id = t.plan_id
                        left join organisation o on o.id = t.lead_org_id
                        left join lateral (
                            select ts.status, ts.completion from task_standing ts join reporting_period rp on rp.id = ts.period_id
                            where ts.task_id = t.id and rp.starts <= :today order by rp.starts desc limit 1) s on true
                        where t.parent_id is null\s""" + where + """
                        \sorder by t.deadline nulls last, p.id, t.position limit :limit""")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"), rs.getString("number"),
                        rs.getString("title"), rs.getString("lead"), rs.getString("leader"), rs.getObject("deadline", LocalDate.class),
                        rs.getString("status") == null ? null : TaskStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("completion")))
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

    /** The list as a workbook: the columns of the office's 台账, the status and completion as the pages show them. */
    public byte[] workbook(List<Row> rows) {
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("任务清单");
            List<String> head = List.of("序号", "计划", "编号", "工作任务", "牵头单位", "责任领导", "完成时限", "状态", "完成率");
            var header = sheet.createRow(0);
            for (int i = 0; i < head.size(); i++) {
                header.createCell(i).setCellValue(head.get(i));
            }
            int r = 1;
            for (Row row : rows) {
                var x = sheet.createRow(r);
                x.createCell(0).setCellValue(r);
                x.createCell(1).setCellValue(row.planTitle());
                x.createCell(2).setCellValue(row.number());
                x.createCell(3).setCellValue(row.title());
                x.createCell(4).setCellValue(row.lead());
                x.createCell(5).setCellValue(row.leader());
                x.createCell(6).setCellValue(row.deadline() == null ? "" : row.deadline().toString());
                x.createCell(7).setCellValue(row.status() == null ? "尚未计算" : row.status().label());
                x.createCell(8).setCellValue(row.completion() == null ? "" : figures.percent(row.completion()));
                r++;
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
