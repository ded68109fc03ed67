package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status rule of conventions.md, one row each. */
class StatusRuleTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            done when the target is reached            | 100 | >= | 100 | 2025-01-01 | 2025-12-31 | -                      | 2025-06-30 | DONE         | 完成100%，已达到目标
            done early, beyond the target              | 100 | >= | 130 | 2025-01-01 | 2025-12-31 | -                      | 2025-03-01 | DONE         | 完成130%，已达到目标
            on track by time elapsed                   | 100 | >= | 45  | 2025-01-01 | 2025-12-31 | -                      | 2025-06-30 | ON_TRACK     | 完成45%，按时序应达49.5%
            lagging by time elapsed                    | 100 | >= | 42  | 2025-01-01 | 2025-12-31 | -                      | 2025-08-08 | LAGGING      | 完成42%，按时序应达60.2%，滞后18.2个百分点
            within the threshold is still on track     | 100 | >= | 51  | 2025-01-01 | 2025-12-31 | -                      | 2025-08-08 | ON_TRACK     | 完成51%，按时序应达60.2%
            lagging against the milestone due          | 380 | >= | 100 | 2025-01-01 | 2025-10-31 | 2025-03-31:40;2025-06-30:70 | 2025-07-15 | LAGGING | 完成26.3%，按时序应达70%，滞后43.7个百分点
            a milestone not yet due expects nothing    | 380 | >= | 10  | 2025-01-01 | 2025-10-31 | 2025-03-31:40          | 2025-02-15 | ON_TRACK     | 完成2.6%，按时序应达0%
            overdue when the deadline passed undone    | 100 | >= | 90  | 2025-01-01 | 2025-06-30 | -                      | 2025-07-10 | OVERDUE      | 完成90%，已超过完成时限（2025年6月30日）10天
            not reported                               | 100 | >= | -   | 2025-01-01 | 2025-12-31 | -                      | 2025-06-30 | NOT_REPORTED | 本期未报送进展
            at most: within the limit so far           | 2   | <= | 1   | 2025-01-01 | 2025-12-31 | -                      | 2025-06-30 | ON_TRACK     | 实际1，控制目标不超过2，目前未超出
            at most: beyond the limit                  | 2   | <= | 3   | 2025-01-01 | 2025-12-31 | -                      | 2025-06-30 | LAGGING      | 实际3，控制目标不超过2，已超出控制目标
            at most: held to the end                   | 2   | <= | 2   | 2025-01-01 | 2025-12-31 | -                      | 2026-01-05 | DONE         | 实际2，控制目标不超过2，期末未超出
            at most: broken by the end                 | 2   | <= | 5   | 2025-01-01 | 2025-12-31 | -                      | 2026-01-05 | OVERDUE      | 实际5，控制目标不超过2，已超出控制目标
            no dates: completion only                  | 50  | >= | 20  | -          | -          | -                      | 2025-06-30 | ON_TRACK     | 完成40%
            qualitative task reported as percent       | 100 | >= | 30  | 2025-04-01 | 2025-06-30 | -                      | 2025-06-15 | LAGGING      | 完成30%，按时序应达83.3%，滞后53.3个百分点
            one short of a large target is not done    | 3999 | >= | 3998 | 2025-01-01 | 2025-01-02 | -                     | 2025-01-03 | OVERDUE      | 完成99.9%，已超过完成时限（2025年1月2日）1天
            a hair short on time is on track, not 100  | 4000 | >= | 3999 | 2025-01-01 | 2025-12-31 | -                     | 2025-06-30 | ON_TRACK     | 完成99.9%，按时序应达49.5%
            """)
    void judgesAsTheConventionsSay(String story, BigDecimal target, String comparator, BigDecimal actual, LocalDate start,
            LocalDate deadline, String milestones, LocalDate today, TaskStatus status, String reason) {
        StatusRule.Verdict v = StatusRule.judge(new StatusRule.Facts(target, comparator.equals("<="), actual, start, deadline,
                milestones(milestones), null, today));
        assertThat(v.status()).isEqualTo(status);
        assertThat(v.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "threshold {0}")
    @CsvSource({"5, LAGGING", "20, ON_TRACK"})
    void thePlanSetsItsOwnThreshold(BigDecimal threshold, TaskStatus status) {
        StatusRule.Verdict v = StatusRule.judge(new StatusRule.Facts(BigDecimal.valueOf(100), false, BigDecimal.valueOf(42),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(), threshold, LocalDate.of(2025, 6, 30)));
        assertThat(v.status()).isEqualTo(status);
    }

    private static List<StatusRule.Milestone> milestones(String spec) {
        List<StatusRule.Milestone> out = new ArrayList<>();
        if (spec != null) {
            for (String m : spec.split(";")) {
                String[] p = m.split(":");
                out.add(new StatusRule.Milestone(LocalDate.parse(p[0]), new BigDecimal(p[1])));
            }
        }
        return out;
    }
}
