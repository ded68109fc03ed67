package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.duban.DubanTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * The report's flow on PostgreSQL: draft, submit, approve, return with a reason, accept; values
 * kept as revisions; corrections; the freeze; pre-filling and "no change"; optimistic locking
 * under 100 concurrent edits and one submission from ten identical submits.
 */
@DubanTest
class ReportFlowTests {

    @Autowired
    ProgressFixture fx;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private ProgressFixture.World twoTasks() {
        return fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null),
                ProgressFixture.TaskSpec.atLeast("改造农村户厕", 400, null));
    }

    private LineInput line(ProgressFixture.World w, int task, int value, String narrative) {
        long id = w.tasks().get(task);
        return new LineInput(id, Map.of(w.indicator(id), BigDecimal.valueOf(value)), null, narrative, "", "", false);
    }

    private long audits(String action, long report) {
        return fx.jdbc.sql("select count(*) from audit_event where action = :a and entity = 'unit_report' and entity_id = :r")
                .param("a", action).param("r", report).query(Long.class).single();
    }

    @Test
    void theReportGoesFromLiaisonToHeadToOfficeAndBackWithAReason() {
        ProgressFixture.World w = twoTasks();
        fx.clock.set(LocalDate.of(2025, 3, 10));
        ReportingPeriod march = fx.periodOn(w, LocalDate.of(2025, 3, 10));
        UnitReport submitted = fx.submit(w, march, Map.of(w.tasks().get(0), 3, w.tasks().get(1), 100));
        assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(submitted.items()).isEqualTo(2);

        UnitReport approved = fx.approve(w, submitted.id());
        assertThat(approved.state()).isEqualTo(ReportState.APPROVED);
        UnitReport returned = fx.as(w.office(), () -> fx.reports.returnToUnit(submitted.id(), UUID.randomUUID(),
                ReportState.APPROVED, "户厕数量与乡镇台账不符，请核实"));
        assertThat(returned.state()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("户厕数量与乡镇台账不符，请核实");

        UnitReport again = fx.as(w.liaison(), () -> fx.reports.submit(submitted.id(), returned.version(), UUID.randomUUID(),
                List.of(line(w, 1, 96, "核实后为96户")), Duration.ofMinutes(2)));
        fx.approve(w, again.id());
        UnitReport accepted = fx.accept(w, again.id());
        assertThat(accepted.state()).isEqualTo(ReportState.ACCEPTED);

        // Every state change is audited; the first value is kept beside its replacement.
        for (String action : List.of("提交报送", "审核通过报送", "退回报送", "采纳报送")) {
            assertThat(audits(action, submitted.id())).as(action).isPositive();
        }
        List<ReportLine.Entry> history = fx.reports.history(w.tasks().get(1));
        assertThat(history).extracting(e -> e.values().get(w.indicator(w.tasks().get(1))).intValue()).containsExactly(96, 100);
        assertThatThrownBy(() -> fx.jdbc.sql("update task_entry set narrative = 'x' where report_id = :r")
                .param("r", submitted.id()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theNextPeriodIsPrefilledAndNoChangeIsOneTick() {
        ProgressFixture.World w = twoTasks();
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport march = fx.submit(w, fx.periodOn(w, LocalDate.of(2025, 3, 10)), Map.of(w.tasks().get(0), 3, w.tasks().get(1), 100));
        fx.approve(w, march.id());

        fx.clock.set(LocalDate.of(2025, 4, 10));
        UnitReport april = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 4, 10)).id(),
                w.county().townA().id()));
        List<ReportLine> lines = fx.reports.lines(april);
        assertThat(lines).allMatch(ReportLine::prefilledFromLastPeriod);
        assertThat(lines.get(1).shown().values().get(w.indicator(w.tasks().get(1)))).isEqualByComparingTo("100");

        // Task 1 unchanged with one tick, task 2 left as pre-filled: nothing to type.
        LineInput unchanged = new LineInput(w.tasks().get(0), Map.of(), null, "", "", "", true);
        UnitReport sent = fx.as(w.liaison(), () -> fx.reports.submit(april.id(), april.version(), UUID.randomUUID(),
                List.of(unchanged), Duration.ofSeconds(40)));
        assertThat(sent.items()).isEqualTo(2);
        assertThat(sent.unchangedItems()).isEqualTo(1);
        assertThat(sent.prefilledItems()).isEqualTo(1);
        ReportLine first = fx.reports.lines(sent).get(0);
        assertThat(first.current().values().get(w.indicator(w.tasks().get(0)))).isEqualByComparingTo("3");
        assertThat(first.current().narrative()).isEqualTo("按计划推进");
    }

    @Test
    void badInputIsRefusedInChineseAndChangesNothing() {
        ProgressFixture.World w = twoTasks();
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()));
        assertThatThrownBy(() -> fx.as(w.liaison(), () -> fx.reports.save(r.id(), r.version(), List.of(line(w, 0, -5, "x")), null)))
                .isInstanceOf(ReportRejected.class).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> fx.as(w.liaison(), () -> fx.reports.submit(r.id(), r.version(), UUID.randomUUID(),
                List.of(line(w, 0, 5, "")), null)))
                .isInstanceOf(ReportRejected.class).hasMessageContaining("进展情况");
        UnitReport after = fx.reports.find(r.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(r.version());
        assertThat(after.state()).isEqualTo(ReportState.DRAFT);
        assertThat(fx.jdbc.sql("select count(*) from task_entry where report_id = :r").param("r", r.id()).query(Long.class).single())
                .isZero();
        assertThat(fx.jdbc.sql("select count(*) from report_submission where report_id = :r").param("r", r.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCorrectionIsANewRevisionAndAFrozenPeriodKeepsItsSnapshot() {
        ProgressFixture.World w = twoTasks();
        LocalDate day = LocalDate.of(2025, 6, 10);
        fx.clock.set(day);
        ReportingPeriod june = fx.periodOn(w, day);
        UnitReport r = fx.submit(w, june, Map.of(w.tasks().get(0), 2, w.tasks().get(1), 200));
        fx.approve(w, r.id());
        fx.accept(w, r.id());
        fx.as(w.office(), () -> {
            fx.clock.set(june.due().plusDays(1));
            fx.freezes.freeze(june.id(), w.office(), true);
            return null;
        });
        Map<String, Object> issued = fx.standing(w.tasks().get(0), june.id());

        fx.as(w.liaison(), () -> fx.reports.correct(r.id(), line(w, 0, 9, "按计划推进"), "漏报石桥村2个站点"));
        fx.standings.refresh(w.plan());

        assertThat(fx.standing(w.tasks().get(0), june.id())).isEqualTo(issued);
        List<ReportLine.Entry> history = fx.reports.history(w.tasks().get(0));
        assertThat(history.get(0).correctionReason()).isEqualTo("漏报石桥村2个站点");
        assertThat(history.get(0).afterFreeze()).isTrue();
        assertThat(history.get(1).values().get(w.indicator(w.tasks().get(0)))).isEqualByComparingTo("2");
        assertThat(audits("更正报送数据", r.id())).isEqualTo(1);
        assertThatThrownBy(() -> fx.jdbc.sql("update task_standing set status = 'DONE' where period_id = :p")
                .param("p", june.id()).update()).isInstanceOf(DataAccessException.class);

        // The next period, not frozen, starts from the corrected number.
        fx.clock.set(LocalDate.of(2025, 7, 5));
        fx.standings.refresh(w.plan());
        assertThat((String) fx.standing(w.tasks().get(0), fx.periodOn(w, LocalDate.of(2025, 7, 5)).id()).get("reason"))
                .contains("完成90%");
    }

    @Test
    void ofAHundredConcurrentEditsOneWinsEachVersionAndTheRestAreTold() throws Exception {
        ProgressFixture.World w = twoTasks();
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            results.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                // Each editor opens the report (reads its version) and saves; who saved in between wins.
                int version = fx.reports.find(r.id()).orElseThrow().version();
                try {
                    fx.as(w.liaison(), () -> fx.reports.save(r.id(), version, List.of(line(w, 0, n, "编辑" + n)), null));
                    return n;
                } catch (ReportConflict e) {
                    assertThat(e.getMessage()).contains("已被他人修改");
                    return -1;
                }
            }));
        }
        start.countDown();
        List<Integer> winners = new ArrayList<>();
        for (Future<Integer> f : results) {
            int n = f.get();
            if (n >= 0) {
                winners.add(n);
            }
        }
        pool.shutdown();
        UnitReport after = fx.reports.find(r.id()).orElseThrow();
        // Each accepted save took exactly one version; no two saves share one.
        assertThat(after.version() - r.version()).isEqualTo(winners.size());
        List<Integer> savedFrom = fx.jdbc.sql("""
                select (before ->> 'version')::int from audit_event where entity = 'unit_report' and entity_id = :r
                and action = '保存报送草稿' order by id""").param("r", r.id()).query(Integer.class).list();
        assertThat(savedFrom).doesNotHaveDuplicates().hasSize(winners.size());
        // The report holds exactly the accepted edits, the last one on top.
        List<ReportLine.Entry> revisions = fx.reports.history(w.tasks().get(0));
        assertThat(revisions).hasSize(winners.size());
        String lastAccepted = fx.jdbc.sql("select narrative from task_entry where report_id = :r order by revision desc limit 1")
                .param("r", r.id()).query(String.class).single();
        assertThat(fx.reports.lines(after).get(0).current().narrative()).isEqualTo(lastAccepted);
        assertThat(revisions.stream().map(ReportLine.Entry::narrative).toList())
                .containsExactlyInAnyOrderElementsOf(winners.stream().map(n -> "编辑" + n).toList());
        assertThat(winners.size()).isBetween(1, 100);
    }

    @Test
    void tenIdenticalSubmitsAtOnceMakeOneSubmission() throws Exception {
        ProgressFixture.World w = twoTasks();
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport r = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(), w.county().townA().id()));
        UUID key = UUID.randomUUID();
        List<LineInput> lines = List.of(line(w, 0, 4, "已建成4个"), line(w, 1, 120, "已改造120户"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReportState>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return fx.as(w.liaison(), () -> fx.reports.submit(r.id(), r.version(), key, lines, Duration.ofMinutes(1))).state();
            }));
        }
        start.countDown();
        for (Future<ReportState> f : results) {
            assertThat(f.get()).isEqualTo(ReportState.SUBMITTED);
        }
        pool.shutdown();
        assertThat(fx.jdbc.sql("select count(*) from report_submission where report_id = :r").param("r", r.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audits("提交报送", r.id())).isEqualTo(1);
        assertThat(fx.jdbc.sql("select count(*) from task_entry where report_id = :r").param("r", r.id()).query(Long.class).single())
                .isEqualTo(2);
        assertThat(fx.reports.find(r.id()).orElseThrow().version()).isEqualTo(r.version() + 1);
    }
}
