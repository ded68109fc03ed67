package cn.duban.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * 报送情况一览: for one period, every unit that leads an open task of the plan, and where its
 * report stands — reached the office on time or late, waiting for its own head, or not sent.
 */
@Component
public class ReportingOverview {

    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    ReportingOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a unit's report for a period stands. */
    public enum Standing {
        ON_TIME("按时报送"), LATE("逾期报送"), AWAITING_HEAD("待单位审核"), RETURNED("已退回待重报"), MISSING("未报送");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the unit still owes the office this period's report. */
        public boolean owed() {
            return this != ON_TIME && this != LATE;
        }
    }

    public record UnitReporting(long unitId, String unitName, Standing standing, OffsetDateTime submittedAt) {
    }

    public List<UnitReporting> of(ReportingPeriod period) {
        return jdbc.sql("""
                        select o.id, o.name, r.state, r.submitted_at
                        from (select distinct lead_org_id as unit from task
                              where plan_id = :plan and lead_org_id is not null and closed_at is null) u
                        join organisation o on o.id = u.unit
                        left join unit_report r on r.period_id = :period and r.organisation_id = u.unit
                        order by o.name""")
                .param("plan", period.planId()).param("period", period.id())
                .query((rs, n) -> {
                    String state = rs.getString(3);
                    OffsetDateTime submitted = rs.getObject(4, OffsetDateTime.class);
                    return new UnitReporting(rs.getLong(1), rs.getString(2), standing(state, submitted, period.due()), submitted);
                })
                .list();
    }

    static Standing standing(String state, OffsetDateTime submitted, LocalDate due) {
        if (state == null || "DRAFT".equals(state)) {
            return Standing.MISSING;
        }
        return switch (state) {
            case "RETURNED" -> Standing.RETURNED;
            case "SUBMITTED" -> Standing.AWAITING_HEAD;
            default -> submitted != null && submitted.atZoneSameInstant(COUNTY).toLocalDate().isAfter(due) ? Standing.LATE : Standing.ON_TIME;
        };
    }
}
