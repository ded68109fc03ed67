package cn.duban.levels;

import cn.duban.ledger.HandedOnMarks;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an office's pages show of the work handed on: where a task came from and how its work went on
 * (its page), the marks of a plan's table (for the ledger, {@link HandedOnMarks}), and the office's list
 * of the tasks it split or assigned.
 */
@Component
public class HandedOnTasks implements HandedOnMarks {

    private final JdbcClient jdbc;

    HandedOnTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task's origin for its page: where it came from and how its work was handed on. */
    public record Lineage(Long partOf, String partOfTitle, String originArea, boolean split, boolean assigned) {
    }

    public Lineage lineage(long taskId) {
        return jdbc.sql("""
                select t.part_of, up.title as part_of_title, o.name as origin_area,
                       exists (select 1 from task c where c.part_of = t.id and c.origin_area_id is null) as split,
                       exists (select 1 from level_assignment a where a.task_id = t.id) as assigned
                from task t left join task up on up.id = t.part_of left join organisation o on o.id = t.origin_area_id
                where t.id = :t""")
                .param("t", taskId).query(Lineage.class).optional().orElse(new Lineage(null, null, null, false, false));
    }

    /** Marks for a plan's table: 上级交办 (from where), 已分解/已交办, 分解自. */
    @Override
    public Map<Long, String> marks(long planId) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("""
                select t.id,
                       case when t.origin_area_id is not null then '上级交办（' || o.name || '）'
                            when exists (select 1 from level_assignment a where a.task_id = t.id) then '已交办下级'
                            when exists (select 1 from task c where c.part_of = t.id) then '已分解'
                            when t.part_of is not null then '分解任务' end as mark
                from task t left join organisation o on o.id = t.origin_area_id where t.plan_id = :p""")
                .param("p", planId).query((rs, n) -> {
                    if (rs.getString(2) != null) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                    return null;
                }).list();
        return out;
    }

    /** The area a plan belongs to. */
    public Optional<Long> areaOfPlan(long planId) {
        return jdbc.sql("select area_id from plan where id = :p").param("p", planId).query(Long.class).optional();
    }

    /** A task of an area's ledger whose work was handed on: split among its units or assigned below. */
    public record HandedOn(long taskId, long planId, String planTitle, String number, String title, LocalDate deadline,
            boolean assigned, int parts) {
    }

    public List<HandedOn> handedOnBy(long areaId) {
        return jdbc.sql("""
                select t.id as task_id, t.plan_id, p.title as plan_title, t.number, t.title, coalesce(t.deadline, p.ends) as deadline,
                       exists (select 1 from level_assignment a where a.task_id = t.id) as assigned,
                       (select count(*) from task c where c.part_of = t.id)
                       + (select count(*) from level_assignment a where a.task_id = t.id and a.received_task_id is null) as parts
                from task t join plan p on p.id = t.plan_id
                where p.area_id = :a
                  and task_handed_on(t.id)
                order by p.starts desc, p.id, t.position""")
                .param("a", areaId).query(HandedOn.class).list();
    }
}
