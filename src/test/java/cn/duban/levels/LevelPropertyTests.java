package cn.duban.levels;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.progress.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Issue 13's properties: a split is accepted only when its parts add up (or knowingly exceed),
 * and a roll-up's quantities are its parts' sums and its status never better than its worst part.
 */
class LevelPropertyTests {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    /** Any partition of a target among 1–20 units is accepted, and its parts add up to the target. */
    @Property
    void aPartitionOfTheTargetIsAccepted(@ForAll @IntRange(min = 0, max = 1_000_000) int target,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 1000) Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        List<Levels.Share> shares = new ArrayList<>();
        int given = 0;
        for (int k = 0; k < weights.size(); k++) {
            int v = k == weights.size() - 1 ? target - given : (int) ((long) target * weights.get(k) / total);
            given += v;
            shares.add(new Levels.Share(k, List.of(BigDecimal.valueOf(v)), DEADLINE));
        }
        List<Levels.Target> targets = List.of(new Levels.Target(0, "新建高标准农田", "亩", ">=", BigDecimal.valueOf(target)));
        assertThat(Levels.check(targets, DEADLINE, shares, false, Map.of())).isEmpty();
        assertThat(shares.stream().map(s -> s.values().get(0)).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.valueOf(target));
    }

    /** Shares are accepted exactly when they add up to the target, or exceed it knowingly; a cap is never exceeded. */
    @Property
    void sharesAreAcceptedOnlyWhenTheyAddUp(@ForAll @IntRange(min = 0, max = 10_000) int target,
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 3_000) Integer> values,
            @ForAll boolean exceed, @ForAll boolean cap) {
        List<Levels.Share> shares = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            shares.add(new Levels.Share(k, List.of(BigDecimal.valueOf(values.get(k))), DEADLINE));
        }
        int sum = values.stream().mapToInt(Integer::intValue).sum();
        List<Levels.Target> targets = List.of(new Levels.Target(0, "指标", "个", cap ? "<=" : ">=", BigDecimal.valueOf(target)));
        boolean accepted = Levels.check(targets, DEADLINE, shares, exceed, Map.of()).isEmpty();
        boolean expected = cap ? sum <= target : sum == target || exceed && sum > target;
        assertThat(accepted).isEqualTo(expected);
    }

    /** A part due after the task is never accepted. */
    @Property
    void noPartEndsAfterTheTask(@ForAll @IntRange(min = 1, max = 400) int daysLate) {
        List<Levels.Target> targets = List.of(new Levels.Target(0, "指标", "个", ">=", BigDecimal.TEN));
        List<Levels.Share> shares = List.of(new Levels.Share(1, List.of(BigDecimal.TEN), DEADLINE.plusDays(daysLate)));
        assertThat(Levels.check(targets, DEADLINE, shares, true, Map.of())).isNotEmpty();
    }

    @Provide
    Arbitrary<List<Rollups.Node>> parts() {
        Arbitrary<Rollups.Node> part = Combinators.combine(Arbitraries.of(TaskStatus.class),
                Arbitraries.integers().between(0, 5000).injectNull(0.2), Arbitraries.strings().withCharRange('甲', '癸').ofLength(2))
                .as((status, actual, name) -> new Rollups.Node(1L, name, "任务", DEADLINE,
                        List.of(new Rollups.Quantity(0, "指标", "个", ">=", BigDecimal.valueOf(2000),
                                actual == null ? null : BigDecimal.valueOf(actual))),
                        null, status, "", List.of(), 1));
        return part.list().ofMinSize(1).ofMaxSize(12);
    }

    /** The parent's quantity is the sum of its parts'; its status is never better than the worst part's. */
    @Property
    void aParentIsItsPartsSumAndNeverBetterThanItsWorstPart(@ForAll("parts") List<Rollups.Node> parts,
            @ForAll @IntRange(min = 0, max = 500) int day) {
        LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(day);
        Rollups.Node parent = Rollups.combine(0L, "县", "任务", DEADLINE,
                List.of(new Rollups.Quantity(0, "指标", "个", ">=", BigDecimal.valueOf(10_000), null)), parts, asOf, 0);
        int worst = parts.stream().mapToInt(p -> p.status().severity()).max().orElseThrow();
        assertThat(parent.status().severity()).isGreaterThanOrEqualTo(worst);
        List<BigDecimal> reported = parts.stream().map(p -> p.quantities().get(0).actual()).filter(Objects::nonNull).toList();
        BigDecimal actual = parent.quantities().get(0).actual();
        if (reported.isEmpty()) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(parent.completion()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        }
        // Every lagging, overdue or unreported part is named in the parent's reason.
        parts.stream().filter(p -> p.status().severity() >= TaskStatus.LAGGING.severity())
                .forEach(p -> assertThat(parent.reason()).contains(p.name() + p.status().label()));
    }
}
