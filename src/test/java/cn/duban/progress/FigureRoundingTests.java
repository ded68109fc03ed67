package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 已完成 is actual ≥ target, exactly, and no figure says 100 % of what is not done: a task one
 * short of 10,000 is 99.9 % and 滞后 or 超期, never "完成100%"; a unit whose tasks are 100 % and
 * 99.9 % is 99.9 %, on the dashboard and in the 红黑榜 alike (found by a property test: 3,998 of
 * 3,999 rounded to 100.0 % and was called done).
 */
@DubanTest
class FigureRoundingTests {

    @Autowired
    ProgressFixture fx;
    @Autowired
    Dashboards dashboards;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    @Test
    void aHairShortIsNeitherDoneNorAHundredPercentAnywhere() {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建高标准农田", 10000, LocalDate.of(2025, 6, 30)),
                ProgressFixture.TaskSpec.atLeast("改造农村户厕", 10000, LocalDate.of(2025, 6, 30)));
        fx.clock.set(LocalDate.of(2025, 7, 8));
        ReportingPeriod july = fx.periodOn(w, LocalDate.of(2025, 7, 8));
        UnitReport r = fx.submit(w, july, Map.of(w.tasks().get(0), 10000, w.tasks().get(1), 9999));
        fx.accept(w, fx.approve(w, r.id()).id());

        Map<String, Object> done = fx.standing(w.tasks().get(0), july.id());
        Map<String, Object> short1 = fx.standing(w.tasks().get(1), july.id());
        assertThat(done.get("status")).isEqualTo("DONE");
        assertThat(short1.get("status")).isEqualTo("OVERDUE");
        assertThat((BigDecimal) short1.get("completion")).isEqualByComparingTo("99.9");
        assertThat((String) short1.get("reason")).startsWith("完成99.9%，已超过完成时限");

        List<Dashboards.UnitCompletion> units = dashboards.byUnit(List.of(w.county().county().id()), w.plan(), LocalDate.of(2025, 7, 8),
                false);
        assertThat(units).singleElement().satisfies(u -> assertThat(u.completion()).isEqualByComparingTo("99.9"));
        assertThat(dashboards.ranking(july.id()).ranked()).singleElement()
                .satisfies(u -> assertThat(u.completion()).isEqualByComparingTo("99.9"));
    }
}
