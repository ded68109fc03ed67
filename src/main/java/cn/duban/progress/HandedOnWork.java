package cn.duban.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * A task whose work was handed on — split among units or assigned to the areas below — reports through
 * its parts: its status, completion and reason are its roll-up's (逐级汇总), and a share an area has not
 * signed for yet counts on the dashboard of the office that assigned it. Implemented by the module that
 * hands work on (levels, which depends on this one), so progress never reads its tables.
 */
public interface HandedOnWork {

    /** The task's roll-up as it stands on {@code asOf}, down to the units that report. */
    RollUp of(long taskId, LocalDate asOf);

    /** How many shares each area was assigned by tasks of the given areas and has not signed for, by area. */
    Map<Long, Long> unsignedByArea(Collection<Long> assigningAreas);

    /** A roll-up as the progress lists read it; the pages read its parts too. */
    interface RollUp {

        TaskStatus status();

        BigDecimal completion();

        String reason();
    }
}
