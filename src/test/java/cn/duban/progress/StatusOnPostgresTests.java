package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every status rule of conventions.md, end to end on PostgreSQL: a plan, a unit's report
 * through submit and approval, the clock set to a day, the standings computed, and the status
 * and its reason read back from task_standing. One row per rule.
 */
@DubanTest
class StatusOnPostgresTests {

    @Autowired
    ProgressFixture fx;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    private static final LocalDate JUNE_15 = LocalDate.of(2025, 6, 15);
    private static final LocalDate JUNE_26 = LocalDate.of(2025, 6, 26);

    /** reports: day → value reported (and approved) that day; today: when the standing is read. */
    static Stream<Arguments> rules() {
        var spec100 = ProgressFixture.TaskSpec.atLeast("新建规模化基地", 100, null);
        var milestones = new ProgressFixture.TaskSpec("高标准农田", BigDecimal.valueOf(100), ">=", null, null,
                Map.of(LocalDate.of(2025, 3, 31), 40, LocalDate.of(2025, 6, 10), 70, LocalDate.of(2025, 9, 30), 100));
        var dueMay = ProgressFixture.TaskSpec.atLeast("征地拆迁", 100, LocalDate.of(2025, 5, 31));
        var atMost = new ProgressFixture.TaskSpec("安全事故起数", BigDecimal.valueOf(2), "<=", null, null, Map.of());
        var atMostMay = new ProgressFixture.TaskSpec("安全事故起数", BigDecimal.valueOf(2), "<=", null, LocalDate.of(2025, 5, 31), Map.of());
        var qualitative = new ProgressFixture.TaskSpec("完善工作机制", null, ">=", null, null, Map.of());
        return Stream.of(
                Arguments.of("已完成：达到目标", spec100, null, reports(JUNE_15, 100), JUNE_15, "DONE", "完成100%，已达到目标"),
                Arguments.of("正常推进：按时序", spec100, null, reports(JUNE_15, 45), JUNE_15, "ON_TRACK", "完成45%，按时序应达45.3%"),
                Arguments.of("滞后：低于时序超过阈值", spec100, null, reports(JUNE_15, 30), JUNE_15, "LAGGING", "滞后15.3个百分点"),
                Arguments.of("阈值按计划设定：差 15 点未超 20 点", spec100, BigDecimal.valueOf(20), reports(JUNE_15, 30), JUNE_15,
                        "ON_TRACK", "按时序应达45.3%"),
                Arguments.of("滞后：低于里程碑", milestones, null, reports(JUNE_15, 55), JUNE_15, "LAGGING", "按时序应达70%，滞后15个百分点"),
                Arguments.of("正常推进：达到里程碑附近", milestones, null, reports(JUNE_15, 65), JUNE_15, "ON_TRACK", "按时序应达70%"),
                Arguments.of("超期：过了完成时限未完成", dueMay, null, reports(JUNE_15, 80), JUNE_15, "OVERDUE", "已超过完成时限（2025年5月31日）15天"),
                Arguments.of("≤目标：控制在内", atMost, null, reports(JUNE_15, 1), JUNE_15, "ON_TRACK", "控制目标不超过2，目前未超出"),
                Arguments.of("≤目标：已超出", atMost, null, reports(JUNE_15, 3), JUNE_15, "LAGGING", "已超出控制目标"),
                Arguments.of("≤目标：期满超出为超期", atMostMay, null, reports(JUNE_15, 3), JUNE_15, "OVERDUE", "已超出控制目标"),
                Arguments.of("≤目标：期满未超出为完成", atMostMay, null, reports(JUNE_15, 2), JUNE_15, "DONE", "期末未超出"),
                Arguments.of("定性任务：按进度百分比", qualitative, null, reports(JUNE_15, 100), JUNE_15, "DONE", "已达到目标"),
                Arguments.of("未报送：过了报送截止日", spec100, null, reports(), JUNE_26, "NOT_REPORTED", "本期未报送，尚无报送数据"),
                Arguments.of("本期未到截止：按上期数据", spec100, null, reports(MAY_10, 30), JUNE_15, "LAGGING",
                        "本期尚未报送（截止6月25日），按2025年5月报送数据：完成30%"),
                Arguments.of("上期已完成：之后不再要求报送", spec100, null, reports(MAY_10, 100), JUNE_26, "DONE", "已于2025年5月报告完成"));
    }

    private static Map<LocalDate, Integer> reports(Object... dayValue) {
        Map<LocalDate, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < dayValue.length; i += 2) {
            m.put((LocalDate) dayValue[i], (Integer) dayValue[i + 1]);
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void statusAndReason(String name, ProgressFixture.TaskSpec spec, BigDecimal threshold, Map<LocalDate, Integer> reported,
            LocalDate today, String status, String reason) {
        ProgressFixture.World w = fx.world(2025, spec);
        long task = w.tasks().get(0);
        if (threshold != null) {
            fx.as(w.office(), () -> fx.periods.setRule(new ReportingRule(w.plan(), Cadence.MONTHLY, 25, threshold, false, 3, 0)));
        }
        reported.forEach((day, value) -> {
            fx.clock.set(day);
            UnitReport r = fx.submit(w, fx.periodOn(w, day), Map.of(task, value));
            fx.approve(w, r.id());
        });
        fx.clock.set(today);
        fx.standings.refresh(w.plan());
        Map<String, Object> standing = fx.standing(task, fx.periodOn(w, today).id());
        assertThat(standing.get("status")).as(name).isEqualTo(status);
        assertThat((String) standing.get("reason")).as(name).contains(reason);
    }
}
