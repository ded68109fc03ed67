package cn.duban.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 存在的主要问题 of an area now, gathered for the bulletin: open findings, the lagging and
 * overdue tasks of each plan's current period, and the problems units wrote in their latest
 * accepted reports — grouped by unit, then by theme.
 */
@Component
public class Problems {

    private final JdbcClient jdbc;

    Problems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Item(String source, String text, Long taskId, Long findingId) {
    }

    public record UnitProblems(long unitId, String unitName, Map<String, List<Item>> byTheme) {
    }

    public List<UnitProblems> of(Collection<Long> areas, int year, LocalDate today) {
        Map<Long, UnitProblems> units = new LinkedHashMap<>();
        jdbc.sql("""
                select f.unit_id, o.name, coalesce(nullif(f.theme, ''), '督查发现') as theme, f.description, f.id,
                       f.deadline < :today as overdue
                from finding f join inspection i on i.id = f.inspection_id join organisation o on o.id = f.unit_id
                where i.area_id in (:a) and f.state <> 'CLOSED' order by o.name, f.deadline""")
                .param("a", areas).param("today", today)
                .query((rs, n) -> add(units, rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Item("督查", rs.getString(4) + (rs.getBoolean(6) ? "（整改已超期）" : ""), null, rs.getLong(5))))
                .list();
        jdbc.sql("""
                select a.organisation_id, o.name, case a.status when 'OVERDUE' then '超期未完成' when 'LAGGING' then '进度滞后'
                       else '未按时报送' end as theme, t.title || '：' || a.reason, a.task_id
                from attention_item a join task t on t.id = a.task_id join organisation o on o.id = a.organisation_id
                where a.area_id in (:a) and a.year = :y order by o.name, a.severity, a.completion""")
                .param("a", areas).param("y", year)
                .query((rs, n) -> add(units, rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Item("进度", rs.getString(4), rs.getLong(5), null)))
                .list();
        // Each task's latest counted entry (counted_entry, the one definition), if it names a problem.
        jdbc.sql("""
                select organisation_id, name, text, task_id from (
                    select distinct on (c.task_id) t.lead_org_id as organisation_id, o.name,
                           t.title || '：' || c.problems as text, c.problems, c.task_id
                    from plan pl cross join lateral counted_entry(pl.id) c
                    join task t on t.id = c.task_id join organisation o on o.id = t.lead_org_id
                    where pl.area_id in (:a) and pl.starts <= make_date(:y, 12, 31) and pl.ends >= make_date(:y, 1, 1)
                    order by c.task_id, c.period_starts desc) latest
                where problems <> '' order by name, task_id""")
                .param("a", areas).param("y", year)
                .query((rs, n) -> add(units, rs.getLong(1), rs.getString(2), "单位反映",
                        new Item("报送", rs.getString(3), rs.getLong(4), null)))
                .list();
        return new ArrayList<>(units.values());
    }

    private static Object add(Map<Long, UnitProblems> units, long unit, String name, String theme, Item item) {
        units.computeIfAbsent(unit, u -> new UnitProblems(u, name, new LinkedHashMap<>()))
                .byTheme().computeIfAbsent(theme, t -> new ArrayList<>()).add(item);
        return null;
    }
}
