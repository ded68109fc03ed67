package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.progress.RankingRule.Timeliness;
import cn.duban.progress.RankingRule.UnitFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The 红黑榜 rules of conventions.md: the cases an office met (and complained of), then the
 * rules as properties over any county.
 */
class RankingRuleTests {

    private static UnitFacts unit(long id, String completion, Timeliness t, long overdue) {
        return new UnitFacts(id, "单位" + id, 3, new BigDecimal(completion), t, overdue);
    }

    @Test
    void unitsThatDidNotReportAreNeverOnTheRedList() {
        // Five units: the only one that reported must not be black; the four tied at 0 and 未报送 are not red.
        var r = RankingRule.rank(List.of(unit(1, "0", Timeliness.MISSING, 0), unit(2, "0", Timeliness.MISSING, 0),
                unit(3, "0", Timeliness.MISSING, 0), unit(4, "0", Timeliness.MISSING, 0), unit(5, "40", Timeliness.ON_TIME, 0)),
                RankingRule.Settings.DEFAULTS);
        assertThat(r.red()).extracting(RankingRule.Ranked::unitId).containsExactly(5L);
        assertThat(r.black()).isEmpty(); // four equal at the bottom, one place: no arbitrary pick
        assertThat(r.ranked()).filteredOn(x -> x.unitId() != 5).extracting(RankingRule.Ranked::rank).containsOnly(2);
    }

    @Test
    void aHighScoreWithAnOverdueRectificationOrAMissingReportIsNotPraised() {
        var r = RankingRule.rank(List.of(unit(1, "95", Timeliness.MISSING, 0), unit(2, "90", Timeliness.ON_TIME, 1),
                unit(3, "60", Timeliness.ON_TIME, 0), unit(4, "50", Timeliness.ON_TIME, 0), unit(5, "40", Timeliness.LATE, 0),
                unit(6, "30", Timeliness.ON_TIME, 0)), new RankingRule.Settings(70, 1));
        assertThat(r.red()).extracting(RankingRule.Ranked::unitId).containsExactly(3L);
        assertThat(r.black()).extracting(RankingRule.Ranked::unitId).containsExactly(1L); // 未报送 ranks last
        assertThat(r.ranked().get(r.ranked().size() - 1).unitId()).isEqualTo(1L);
    }

    @Test
    void aUnitWhoseTasksAreAllDoneCountsAsOnTime() {
        var r = RankingRule.rank(List.of(unit(1, "100", Timeliness.NOT_NEEDED, 0), unit(2, "72.5", Timeliness.ON_TIME, 0)),
                RankingRule.Settings.DEFAULTS);
        assertThat(r.ranked().get(0).unitId()).isEqualTo(1L);
        assertThat(r.ranked().get(0).score()).isEqualByComparingTo("100.0");
        assertThat(r.red()).extracting(RankingRule.Ranked::unitId).containsExactly(1L);
    }

    @Test
    void whenEveryoneScoresTheSameNoListIsNamed() {
        var r = RankingRule.rank(List.of(unit(1, "50", Timeliness.ON_TIME, 0), unit(2, "50", Timeliness.ON_TIME, 0),
                unit(3, "50", Timeliness.ON_TIME, 0)), RankingRule.Settings.DEFAULTS);
        assertThat(r.red()).isEmpty();
        assertThat(r.black()).isEmpty();
        assertThat(r.note()).contains("未拉开差距");
        assertThat(r.ranked()).extracting(RankingRule.Ranked::rank).containsOnly(1);
    }

    @Test
    void weightsAndListSizesAreThePlans() {
        var units = List.of(unit(1, "90", Timeliness.LATE, 0), unit(2, "70", Timeliness.ON_TIME, 0), unit(3, "20", Timeliness.ON_TIME, 0),
                unit(4, "10", Timeliness.ON_TIME, 0));
        // completion only: 90 first (late, so not red); weight 0: timeliness only
        var byCompletion = RankingRule.rank(units, new RankingRule.Settings(100, 2));
        assertThat(byCompletion.ranked().get(0).unitId()).isEqualTo(1L);
        assertThat(byCompletion.red()).extracting(RankingRule.Ranked::unitId).containsExactly(2L);
        assertThat(byCompletion.black()).extracting(RankingRule.Ranked::unitId).containsExactly(3L, 4L);
        assertThat(byCompletion.rules()).contains("平均完成率 × 100%", "不超过 2 个单位");
        var byTimeliness = RankingRule.rank(units, new RankingRule.Settings(0, 1));
        assertThat(byTimeliness.ranked().get(3).unitId()).isEqualTo(1L);
    }

    // --- properties ---

    @Provide
    Arbitrary<List<UnitFacts>> counties() {
        Arbitrary<UnitFacts> unit = Combinators.combine(
                Arbitraries.integers().between(0, 100).map(BigDecimal::valueOf),
                Arbitraries.of(Timeliness.class),
                Arbitraries.longs().between(0, 5)).as((c, t, o) -> new UnitFacts(0, "", 2, c, t, o));
        return unit.list().ofMinSize(0).ofMaxSize(12).map(list -> {
            List<UnitFacts> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                UnitFacts u = list.get(i);
                named.add(new UnitFacts(i + 1, "单位" + (i + 1), u.tasks(), u.completion(), u.timeliness(), u.overdueRectifications()));
            }
            return named;
        });
    }

    @Provide
    Arbitrary<RankingRule.Settings> settings() {
        return Combinators.combine(Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(1, 5).injectNull(0.4)).as(RankingRule.Settings::new);
    }

    @Property
    void theRedListOnlyNamesUnitsThatReportedOnTimeWithNothingOverdueAndAboveTheBlackList(
            @ForAll("counties") List<UnitFacts> units, @ForAll("settings") RankingRule.Settings s) {
        var r = RankingRule.rank(units, s);
        for (var red : r.red()) {
            UnitFacts u = units.get((int) red.unitId() - 1);
            assertThat(u.timeliness().onTime()).isTrue();
            assertThat(u.overdueRectifications()).isZero();
            r.black().forEach(b -> assertThat(red.score()).isGreaterThan(b.score()));
        }
        for (var red : r.red()) {
            assertThat(r.black()).extracting(RankingRule.Ranked::unitId).doesNotContain(red.unitId());
        }
        int named = s.named(units.size());
        assertThat(r.red().size()).isLessThanOrEqualTo(named);
        assertThat(r.black().size()).isLessThanOrEqualTo(named);
    }

    @Property
    void aUnitThatDidNotReportNeverRanksAboveOneThatDid(@ForAll("counties") List<UnitFacts> units,
            @ForAll("settings") RankingRule.Settings s) {
        var r = RankingRule.rank(units, s);
        for (var a : r.ranked()) {
            for (var b : r.ranked()) {
                if (a.timeliness().equals("未报送") && !b.timeliness().equals("未报送")) {
                    assertThat(a.rank()).isGreaterThan(b.rank());
                }
            }
        }
    }

    @Property
    void equalsShareARankAndAListNeverSplitsThem(@ForAll("counties") List<UnitFacts> units,
            @ForAll("settings") RankingRule.Settings s) {
        var r = RankingRule.rank(units, s);
        for (var a : r.ranked()) {
            for (var b : r.ranked()) {
                boolean equal = a.score().compareTo(b.score()) == 0 && a.timeliness().equals("未报送") == b.timeliness().equals("未报送");
                if (equal) {
                    assertThat(a.rank()).isEqualTo(b.rank());
                    assertThat(a.black()).isEqualTo(b.black());
                }
            }
        }
    }

    @Property
    void anOnTimeReportNeverLowersAUnitsRank(@ForAll("counties") List<UnitFacts> units, @ForAll("settings") RankingRule.Settings s,
            @ForAll @IntRange(min = 0, max = 11) int which) {
        if (units.isEmpty()) {
            return;
        }
        int i = which % units.size();
        UnitFacts before = units.get(i);
        if (before.timeliness() == Timeliness.ON_TIME || before.timeliness() == Timeliness.NOT_NEEDED) {
            return;
        }
        List<UnitFacts> after = new ArrayList<>(units);
        after.set(i, new UnitFacts(before.unitId(), before.unitName(), before.tasks(), before.completion(), Timeliness.ON_TIME,
                before.overdueRectifications()));
        int rankBefore = rankOf(RankingRule.rank(units, s), before.unitId());
        int rankAfter = rankOf(RankingRule.rank(after, s), before.unitId());
        assertThat(rankAfter).isLessThanOrEqualTo(rankBefore);
    }

    @Property
    void theScoreIsTheWeightedSumLessThePenalty(@ForAll("counties") List<UnitFacts> units, @ForAll("settings") RankingRule.Settings s) {
        for (UnitFacts u : units) {
            double expected = Math.max(0, u.completion().doubleValue() * s.completionWeight() / 100.0
                    + u.timeliness().points() * (100 - s.completionWeight()) / 100.0 - Math.min(20, 5 * u.overdueRectifications()));
            assertThat(RankingRule.score(u, s).doubleValue()).isCloseTo(expected, Offset.offset(0.051));
        }
    }

    private static int rankOf(RankingRule.Ranking r, long unit) {
        return r.ranked().stream().filter(x -> x.unitId() == unit).findFirst().orElseThrow().rank();
    }
}
