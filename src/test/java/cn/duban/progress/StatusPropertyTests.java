package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The status rules of conventions.md as properties over any task on any day. */
class StatusPropertyTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final Pattern FIGURE = Pattern.compile("^完成([0-9.]+)%");

    record Case(int target, int actual, int deadlineDay, int today, int threshold) {
        StatusRule.Facts facts() {
            return facts(actual);
        }

        StatusRule.Facts facts(int value) {
            return new StatusRule.Facts(BigDecimal.valueOf(target), false, BigDecimal.valueOf(value), START,
                    START.plusDays(deadlineDay), List.of(), BigDecimal.valueOf(threshold), START.plusDays(today));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(0, 6000),
                Arbitraries.integers().between(1, 700), Arbitraries.integers().between(0, 800),
                Arbitraries.integers().between(0, 30)).as(Case::new);
    }

    @Property
    void reachingTheTargetIsDoneWhateverTheDate(@ForAll("cases") Case c) {
        StatusRule.Verdict v = StatusRule.judge(c.facts());
        assertThat(v.status() == TaskStatus.DONE).isEqualTo(c.actual() >= c.target());
    }

    @Property
    void theFigureReads100OnlyWhenTheTaskIsDone(@ForAll("cases") Case c) {
        StatusRule.Verdict v = StatusRule.judge(c.facts());
        assertThat(v.completion().compareTo(BigDecimal.valueOf(100)) >= 0).as(v.reason()).isEqualTo(c.actual() >= c.target());
    }

    @Property
    void aPassedDeadlineUndoneIsOverdue(@ForAll("cases") Case c) {
        StatusRule.Verdict v = StatusRule.judge(c.facts());
        boolean passed = c.today() > c.deadlineDay();
        if (c.actual() < c.target()) {
            assertThat(v.status() == TaskStatus.OVERDUE).isEqualTo(passed);
        }
    }

    @Property
    void theReasonQuotesTheFigureItStandsBeside(@ForAll("cases") Case c) {
        StatusRule.Verdict v = StatusRule.judge(c.facts());
        Matcher m = FIGURE.matcher(v.reason());
        assertThat(m.find()).as(v.reason()).isTrue();
        assertThat(new BigDecimal(m.group(1))).isEqualByComparingTo(StatusRule.figure(v.completion()));
    }

    @Property
    void moreDoneNeverMakesTheStatusWorse(@ForAll("cases") Case c) {
        StatusRule.Verdict less = StatusRule.judge(c.facts(c.actual()));
        StatusRule.Verdict more = StatusRule.judge(c.facts(c.actual() + Math.max(1, c.target() / 10)));
        assertThat(more.status().severity()).isLessThanOrEqualTo(less.status().severity());
    }

    @Property
    void laggingMeansMoreThanTheThresholdBehindTime(@ForAll("cases") Case c) {
        StatusRule.Verdict v = StatusRule.judge(c.facts());
        if (v.status() == TaskStatus.LAGGING) {
            assertThat(v.expected().subtract(v.completion())).isGreaterThan(BigDecimal.valueOf(c.threshold()));
        }
        if (v.status() == TaskStatus.ON_TRACK && v.expected() != null) {
            assertThat(v.expected().subtract(v.completion())).isLessThanOrEqualTo(BigDecimal.valueOf(c.threshold()));
        }
    }
}
