package cn.duban.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import cn.duban.levels.Levels;
import cn.duban.org.Organisations;
import cn.duban.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 24, item 5: tasks titled {@code =1+1}, {@code @SUM(A1)} and {@code +cmd|' /C calc'!A0} are text in
 * every workbook that carries a task's title — the task list, the plan's ledger and a handed-on task's roll-up —
 * read back with POI: text cells with Excel's quote prefix, and no formula anywhere.
 */
@DubanTest
class ExportsKeepTextTests {

    static final List<String> TITLES = List.of("=1+1", "@SUM(A1)", "+cmd|' /C calc'!A0");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    Plans plans;
    @Autowired
    Levels levels;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void clock() {
        clock.reset();
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsTextInEveryExport() throws Exception {
        clock.set(LocalDate.of(2026, 5, 10));
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        long plan = tx.execute(s -> plans.create("公式" + c.tag(), 2026, c.county().id(), "f.txt", "f" + c.tag(), "", "test",
                TITLES.stream().map(t -> new Plans.NewTask(String.valueOf(TITLES.indexOf(t) + 1), t, "", c.townA().id(), List.of(),
                        LocalDate.of(2026, 11, 30), List.of(), null, null)).toList()));
        long first = jdbc.sql("select id from task where plan_id = :p and position = 0").param("p", plan).query(Long.class).single();
        tx.executeWithoutResult(s -> levels.split(first, c.county().id(), List.of(
                new Levels.Share(c.townA().id(), List.of(), LocalDate.of(2026, 9, 30)),
                new Levels.Share(c.townB().id(), List.of(), LocalDate.of(2026, 9, 30))), false, organisations.subtree(c.county().id())));

        byte[] taskList = mvc.perform(get("/api/task-list/export").param("plan", String.valueOf(plan)).with(TestUsers.api(office)))
                .andReturn().getResponse().getContentAsByteArray();
        OfficeSheetTests.keptAsText(taskList, TITLES);

        byte[] ledger = mvc.perform(get("/api/plans/" + plan + "/export").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsByteArray();
        OfficeSheetTests.keptAsText(ledger, TITLES);

        var rollup = mvc.perform(get("/levels/tasks/" + first + "/export").with(TestUsers.api(office))).andReturn().getResponse();
        assertThat(rollup.getStatus()).isEqualTo(200);
        OfficeSheetTests.keptAsText(rollup.getContentAsByteArray(), List.of("=1+1"));
    }
}
