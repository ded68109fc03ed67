package cn.duban.progress;

import cn.duban.ledger.ReportedWork;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ledger's question "has anyone reported on this?", answered from the reports this module keeps. */
@Component
class ReportedEntries implements ReportedWork {

    private final JdbcClient jdbc;

    ReportedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reported(long taskId) {
        return jdbc.sql("select exists (select 1 from task_entry e where e.task_id = :t)").param("t", taskId)
                .query(Boolean.class).single();
    }

    @Override
    public Set<Integer> reportedIndicators(long taskId) {
        return Set.copyOf(jdbc.sql("""
                select i.position from indicator i
                where i.task_id = :t and exists (select 1 from entry_value v where v.indicator_id = i.id)""")
                .param("t", taskId).query(Integer.class).list());
    }
}
