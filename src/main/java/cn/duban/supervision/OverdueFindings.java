package cn.duban.supervision;

import cn.duban.progress.OverdueRectifications;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 红黑榜's count of each unit's 整改事项 overdue and not closed on a day, from the findings kept here. */
@Component
class OverdueFindings implements OverdueRectifications {

    private final JdbcClient jdbc;

    OverdueFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Long> overdueOn(Collection<Long> units, LocalDate day) {
        Map<Long, Long> out = new HashMap<>();
        if (units.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select f.unit_id, count(*) from finding f
                where f.unit_id in (:u) and f.deadline < :d and (f.closed_at is null or f.closed_at::date > :d)
                group by f.unit_id""")
                .param("u", units).param("d", day).query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }
}
