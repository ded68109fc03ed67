package cn.duban.progress;

import cn.duban.time.CountyTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 报送情况一览: for one period, every unit that takes part in the period's 红黑榜 — each unit leading a
 * task expected that period — and where its report stands, by the one rule of timeliness the ranking,
 * the standings and the bulletin use: a report is on time when it reached the office (its unit head
 * approved it) by the due day, in the county's time; a unit whose tasks are all done needs none.
 * 待单位审核 and 已退回待重报 have not reached the office: the ranking counts them 未报送.
 */
@Component
public class ReportingOverview {

    private final JdbcClient jdbc;
    private final CountyTime time;

    ReportingOverview(JdbcClient jdbc, CountyTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** Where a unit's report for a period stands. */
    public enum Standing {
        ON_TIME("按时报送"), LATE("逾期报送"), NOT_NEEDED("无需报送"), AWAITING_HEAD("待单位审核"), RETURNED("已退回待重报"), MISSING("未报送");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the unit still owes the office this period's report. */
        public boolean owed() {
            return this == AWAITING_HEAD || this == RETURNED || this == MISSING;
        }
    }

    /** A unit's report: when its liaison sent it, and when it reached the office (approved by the unit head). */
    public record UnitReporting(long unitId, String unitName, Standing standing, OffsetDateTime submittedAt,
            OffsetDateTime reachedAt, boolean filledOnBehalf) {

        /** The office may still fill it on the unit's behalf: nothing has gone to the unit head yet. */
        public boolean fillableOnBehalf() {
            return standing == Standing.MISSING || standing == Standing.RETURNED;
        }
    }

    public List<UnitReporting> of(ReportingPeriod period) {
        return jdbc.sql("""
                select o.id, o.name, r.state, r.submitted_at, r.approved_at, u.needs, r.on_behalf_by is not null
                from (select s.organisation_id as unit, bool_or(s.needs_report) as needs from task_standing s
                      where s.period_id = :period and s.organisation_id is not null group by s.organisation_id) u
                join organisation o on o.id = u.unit
                left join unit_report r on r.period_id = :period and r.organisation_id = u.unit
                order by o.name""")
                .param("period", period.id())
                .query((rs, n) -> {
                    OffsetDateTime submitted = rs.getObject(4, OffsetDateTime.class);
                    OffsetDateTime reached = rs.getObject(5, OffsetDateTime.class);
                    Standing standing = rs.getBoolean(6)
                            ? standing(rs.getString(3), reached == null ? null : time.dateOf(reached), period.due())
                            : Standing.NOT_NEEDED;
                    return new UnitReporting(rs.getLong(1), rs.getString(2), standing, submitted, reached, rs.getBoolean(7));
                })
                .list();
    }

    /** By the county's date the report reached the office on (the JVM's zone may be any). */
    static Standing standing(String state, LocalDate reachedOn, LocalDate due) {
        if (state == null || "DRAFT".equals(state)) {
            return Standing.MISSING;
        }
        return switch (state) {
            case "RETURNED" -> Standing.RETURNED;
            case "SUBMITTED" -> Standing.AWAITING_HEAD;
            default -> reachedOn != null && reachedOn.isAfter(due) ? Standing.LATE : Standing.ON_TIME;
        };
    }
}
