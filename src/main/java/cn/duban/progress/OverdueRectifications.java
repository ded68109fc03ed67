package cn.duban.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * How many of each unit's 整改事项 were overdue and not closed on a day — the 红黑榜 takes points off for
 * them. Implemented by the module that keeps the findings (supervision, which depends on this one), so the
 * ranking never reads another module's tables.
 */
public interface OverdueRectifications {

    Map<Long, Long> overdueOn(Collection<Long> units, LocalDate day);
}
