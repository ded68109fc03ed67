package cn.duban.assignments;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the paperwork needs to know of a ledger task: its title, lead unit, deadline, and the area
 * and title of its plan. Read only, at the moment a request or notice is made.
 */
record TaskFacts(long id, String title, Long lead, LocalDate deadline, long area, String planTitle, Long origin) {

    /** The area whose office decides on the task: the level that assigned it (上级交办), else its plan's. */
    long decidedBy() {
        return origin != null ? origin : area;
    }

    static Optional<TaskFacts> of(JdbcClient jdbc, long taskId) {
        return jdbc
                .sql("""
                        select t.id, t.title, t.lead_org_id, t.deadline, p.area_id, p.title, t.origin_area_id from task t join plan p on p.id = t.plan_id
                        where t.id = :id""")
                .param("id", taskId)
                .query((rs, n) -> new TaskFacts(rs.getLong(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6), (Long) rs.getObject(7)))
                .optional();
    }
}
