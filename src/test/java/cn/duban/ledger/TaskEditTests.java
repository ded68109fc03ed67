package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.support.TransactionTemplate;

/** The office edits a task: audited with before and after; an edit on a stale version is refused, never merged silently. */
@DubanTest
class TaskEditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    TestUsers.County county;
    long task;
    String office;

    @BeforeEach
    void plan() {
        county = users.county();
        office = users.user(county, county.office(), Role.SUPERVISOR);
        long plan = tx.execute(s -> plans.create("计划", 2025, county.county().id(), "x", "x", "", "test",
                List.of(new Plans.NewTask("1", "原任务", "", county.townA().id(), List.of(), null, List.of(), null, null))));
        task = jdbc.sql("select id from task where plan_id = :p").param("p", plan).query(Long.class).single();
    }

    private int edit(String title, long lead, int version) throws Exception {
        String body = """
                {"title":"%s","leadOrgId":%d,"coUnitIds":[%d],"leader":"王副县长","responsiblePerson":"李四",
                 "startDate":"2025-01-01","deadline":"2025-06-30","version":%d}""".formatted(title, lead, county.department().id(),
                version);
        return mvc.perform(put("/api/tasks/" + task).with(TestUsers.api(office))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
    }

    @Test
    void anEditIsSavedAndAuditedWithBeforeAndAfter() throws Exception {
        assertThat(edit("新任务", county.townB().id(), 0)).isEqualTo(200);
        assertThat(jdbc.sql("select title || '|' || lead_org_id || '|' || deadline from task where id = :t").param("t", task)
                .query(String.class).single()).isEqualTo("新任务|" + county.townB().id() + "|2025-06-30");
        String audit = jdbc.sql(
                "select before ->> 'title' || '→' || (after ->> 'title') from audit_event where entity = 'task' and entity_id = :t and action = '修改任务'")
                .param("t", task).query(String.class).single();
        assertThat(audit).isEqualTo("原任务→新任务");
    }

    @Test
    void indicatorsAndMilestonesAreSetOnTheTask() throws Exception {
        String body = """
                {"title":"改厕","leadOrgId":%d,"version":0,
                 "indicators":[{"name":"农村户厕改造","targetValue":380,"unit":"户","comparator":">=","deadline":"2025-10-31","baseline":120}],
                 "milestones":[{"due":"2025-06-30","expectedPercent":40},{"due":"2025-09-30","expectedPercent":80}]}"""
                .formatted(county.townA().id());
        int status = mvc.perform(put("/api/tasks/" + task).with(TestUsers.api(office))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
        assertThat(jdbc.sql(
                "select name || ' ' || comparator || ' ' || surface || ' ' || deadline || ' ' || baseline from indicator where task_id = :t")
                .param("t", task).query(String.class).single()).isEqualTo("农村户厕改造 >= 380户 2025-10-31 120");
        assertThat(jdbc.sql("select expected_percent from milestone where task_id = :t order by due").param("t", task)
                .query(BigDecimal.class).list()).extracting(BigDecimal::intValue).containsExactly(40, 80);

        String bad = body.replace("\"expectedPercent\":80", "\"expectedPercent\":150").replace("\"version\":0", "\"version\":1");
        assertThat(mvc.perform(put("/api/tasks/" + task).with(TestUsers.api(office))
                .contentType(MediaType.APPLICATION_JSON).content(bad)).andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from milestone where task_id = :t").param("t", task).query(Long.class).single())
                .as("a refused edit changes nothing").isEqualTo(2);
    }

    @Test
    void theEditPageSavesItsForm() throws Exception {
        var session = TestUsers.signedIn(mvc, office);
        mvc.perform(MockMvcRequestBuilders.get("/tasks/" + task + "/edit").session(session))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.containsString("进度节点")));
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + task).session(session)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("title", "表单修改").param("leadOrgId", String.valueOf(county.townB().id()))
                .param("coUnitIds", String.valueOf(county.department().id())).param("version", "0")
                .param("indicators[0].name", "新建道路").param("indicators[0].target", "12").param("indicators[0].unit", "公里")
                .param("indicators[0].comparator", ">=")
                .param("indicators[0].deadline", "").param("indicators[0].baseline", "")
                .param("milestones[0].due", "2025-06-30").param("milestones[0].percent", "50").param("milestones[1].due", "")
                .param("milestones[1].percent", ""))
                .andExpect(MockMvcResultMatchers.status().is3xxRedirection());
        assertThat(jdbc.sql("select title from task where id = :t").param("t", task).query(String.class).single()).isEqualTo("表单修改");
        assertThat(jdbc.sql("select surface from indicator where task_id = :t").param("t", task).query(String.class).single())
                .isEqualTo("12公里");
        assertThat(jdbc.sql("select count(*) from milestone where task_id = :t").param("t", task).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEditOnAStaleVersionIsRefused() throws Exception {
        assertThat(edit("第一次", county.townA().id(), 0)).isEqualTo(200);
        assertThat(edit("第二次", county.townA().id(), 0)).isEqualTo(422);
        assertThat(jdbc.sql("select title from task where id = :t").param("t", task).query(String.class).single()).isEqualTo("第一次");
    }

    @Test
    void ofTwentyConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String title = "并发" + i;
            results.add(pool.submit((Callable<Integer>) () -> edit(title, county.townA().id(), 0)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(19);
        assertThat(jdbc.sql("select version from task where id = :t").param("t", task).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void coUnitsKeptByNameOutsideTheTreeSurviveAnEditOnThePageAndThroughTheApi() throws Exception {
        long plan = tx.execute(s -> plans.create("台账", 2025, county.county().id(), "x", "x", "", "test",
                List.of(new Plans.NewTask("1", "农户小额信贷贴息", "", county.townA().id(), List.of(county.department().id()),
                        List.of("县农商银行"), null, List.of(), null, null, "", ""))));
        long credit = jdbc.sql("select id from task where plan_id = :p").param("p", plan).query(Long.class).single();
        var session = TestUsers.signedIn(mvc, office);
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + credit).session(session)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("title", "农户小额信贷贴息").param("leadOrgId", String.valueOf(county.townA().id()))
                .param("coUnitIds", String.valueOf(county.townB().id())).param("version", "0"))
                .andExpect(MockMvcResultMatchers.status().is3xxRedirection());
        assertThat(outside(credit)).as("the page does not edit the names, and keeps them").isEqualTo("县农商银行");

        String body = """
                {"title":"农户小额信贷贴息","leadOrgId":%d,"coUnitIds":[%d],"version":1}""".formatted(county.townA().id(),
                county.department().id());
        mvc.perform(put("/api/tasks/" + credit).with(TestUsers.api(office)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("\"outsideCoUnits\":[\"县农商银行\"]")));
        assertThat(outside(credit)).as("an API edit that leaves them out keeps them").isEqualTo("县农商银行");

        String named = """
                {"title":"农户小额信贷贴息","leadOrgId":%d,"coUnitIds":[],"version":2,
                 "outsideCoUnits":["县农商银行","市生态环境局澄川分局"," "]}""".formatted(county.townA().id());
        mvc.perform(put("/api/tasks/" + credit).with(TestUsers.api(office)).contentType(MediaType.APPLICATION_JSON).content(named))
                .andExpect(MockMvcResultMatchers.status().isOk());
        assertThat(outside(credit)).isEqualTo("县农商银行、市生态环境局澄川分局");
        assertThat(jdbc.sql("select after ->> 'outside_co_units' from audit_event where entity = 'task' and action = '修改任务' "
                + "and entity_id = :t order by id desc limit 1").param("t", credit).query(String.class).single())
                .isEqualTo("县农商银行、市生态环境局澄川分局");
    }

    private String outside(long taskId) {
        return jdbc.sql("select outside_co_units from task where id = :t").param("t", taskId).query(String.class).single();
    }

    @Test
    void aUnitOutsideTheAreaIsRefused() throws Exception {
        TestUsers.County other = users.county();
        assertThat(edit("越界", other.townA().id(), 0)).isEqualTo(422);
    }

    @Test
    void aDeadlineBeforeTheStartIsRefusedBesideItKeepingEveryValue() throws Exception {
        var session = TestUsers.signedIn(mvc, office);
        var page = mvc.perform(MockMvcRequestBuilders.post("/tasks/" + task).session(session)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("title", "我改过的任务名称").param("leadOrgId", String.valueOf(county.townB().id()))
                .param("coUnitIds", String.valueOf(county.department().id())).param("version", "0")
                .param("leader", "分管副县长").param("startDate", "2025-09-01").param("deadline", "2025-03-31")
                .param("indicators[0].name", "新建道路").param("indicators[0].target", "12").param("indicators[0].unit", "公里")
                .param("indicators[0].comparator", ">="))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("完成时限不能早于开始日期", "value=\"我改过的任务名称\"", "value=\"2025-09-01\"",
                "value=\"2025-03-31\"", "value=\"新建道路\"", "value=\"12\"", "value=\"分管副县长\"", "is-invalid");
        assertThat(html).containsPattern("value=\"" + county.townB().id() + "\"\\s+selected");
        assertThat(jdbc.sql("select title from task where id = :t").param("t", task).query(String.class).single())
                .as("nothing changed").isNotEqualTo("我改过的任务名称");
    }
}
