package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.duban.DubanTest;
import cn.duban.TestClock;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The office imports a plan: read, review, edit, accept; nothing before acceptance, everything audited. */
@DubanTest
class PlanImportTests {

    private static final String PLAN = """
            一、下一步工作打算
            (一)人居环境整治。10月底前完成户厕改造380户,由县农业农村局牵头,甲镇配合。
            (二)基础设施。年内新建村级道路12公里,乙镇负责。
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanImports imports;
    @Autowired
    TestClock clock;

    TestUsers.County county;
    MockHttpSession office;

    @BeforeEach
    void signIn() throws Exception {
        county = users.county();
        String name = users.user(county, county.office(), Role.SUPERVISOR);
        office = TestUsers.signedIn(mvc, name);
    }

    @Test
    void aReviewedPlanReachesTheLedgerOnlyWhenAccepted() throws Exception {
        long plansBefore = count("plan");
        String review = upload("计划.txt", PLAN);
        assertThat(count("plan")).as("nothing saved before acceptance").isEqualTo(plansBefore);

        mvc.perform(get(review).session(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("380户")))
                .andExpect(content().string(containsString("县农业农村局")))
                // Issue 11: the review page takes corrections of what the reader read, each beside the reader's record.
                .andExpect(content().string(containsString("id=\"reader-corrections\"")))
                .andExpect(content().string(containsString("name=\"original\"")));

        long lead = county.department().id();
        MvcResult accepted = mvc.perform(post(review).session(office).with(csrf())
                .param("title", "甲乙两镇下一步工作")
                .param("rows[0].include", "on").param("rows[0].title", "人居环境整治（改厕）")
                .param("rows[0].leadOrgId", String.valueOf(lead)).param("rows[0].deadline", "2025-10-31")
                .param("rows[1].title", "基础设施").param("rows[1].leadOrgId", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        long planId = Long.parseLong(accepted.getResponse().getRedirectedUrl().replace("/plans/", ""));

        assertThat(jdbc.sql("select title from task where plan_id = :p").param("p", planId).query(String.class).list())
                .as("the dropped row is not saved, the edited title is").containsExactly("人居环境整治（改厕）");
        assertThat(jdbc.sql("select lead_org_id from task where plan_id = :p").param("p", planId).query(Long.class).single())
                .isEqualTo(lead);
        assertThat(jdbc.sql("select surface from indicator i join task t on t.id = i.task_id where t.plan_id = :p")
                .param("p", planId).query(String.class).list()).containsExactly("380户");
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'task' and after ->> 'planId' = :p")
                .param("p", String.valueOf(planId)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/plans/" + planId).session(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("人居环境整治（改厕）")));
    }

    @Test
    void reviewCanMergeAndSplitProposedTasks() throws Exception {
        String review = upload("合并拆分.txt", """
                一、下一步工作打算
                (一)改厕。年底前完成户厕改造380户,新建公厕12座。
                (二)改厕配套。新建化粪池50个。
                (三)道路。新建道路8公里。
                """);
        MvcResult accepted = mvc.perform(post(review).session(office).with(csrf()).param("title", "合并拆分")
                .param("rows[0].include", "on").param("rows[0].handling", "SPLIT")
                .param("rows[1].include", "on").param("rows[1].handling", "MERGE_UP")
                .param("rows[2].include", "on"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long planId = Long.parseLong(accepted.getResponse().getRedirectedUrl().replace("/plans/", ""));
        assertThat(jdbc.sql("""
                select t.title || ':' || string_agg(i.surface, ',' order by i.position)
                from task t join indicator i on i.task_id = t.id where t.plan_id = :p group by t.id, t.position order by t.position""")
                .param("p", planId).query(String.class).list())
                .containsExactly("户厕改造380户:380户", "新建公厕12座:12座,50个", "道路:8公里");
    }

    @Test
    void aPlaceholderInADraftBecomesNoTarget() throws Exception {
        // A speech's draft keeps XX where the number is still to be set: the task is imported, the XX is no indicator.
        String review = upload("讲话稿.txt", """
                一、下一步工作打算
                (一)经营主体。年底前培育新型经营主体XX家以上,新建冷库3座。
                """);
        mvc.perform(get(review).session(office)).andExpect(content().string(containsString("XX家（占位）")));
        MvcResult accepted = mvc.perform(post(review).session(office).with(csrf()).param("title", "讲话稿")
                .param("rows[0].include", "on")).andExpect(status().is3xxRedirection()).andReturn();
        long planId = Long.parseLong(accepted.getResponse().getRedirectedUrl().replace("/plans/", ""));
        assertThat(jdbc.sql("select i.surface from task t join indicator i on i.task_id = t.id where t.plan_id = :p")
                .param("p", planId).query(String.class).list()).containsExactly("3座");
    }

    @Test
    void importingTheSameDocumentTwiceAsksFirst() throws Exception {
        String first = upload("重复.txt", PLAN);
        mvc.perform(post(first).session(office).with(csrf()).param("title", "第一次").param("rows[0].include", "on"))
                .andExpect(status().is3xxRedirection());
        String second = upload("重复.txt", PLAN);
        mvc.perform(get(second).session(office)).andExpect(content().string(containsString("已经导入过")));
        mvc.perform(post(second).session(office).with(csrf()).param("title", "第二次").param("rows[0].include", "on")
                .param("rows[0].title", "我改过的任务名称").param("rows[0].deadline", "2025-11-30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("确认再次导入")))
                // The review comes back as the office left it, not as a bare error page.
                .andExpect(content().string(containsString("id=\"form-error\"")))
                .andExpect(content().string(containsString("value=\"第二次\"")))
                .andExpect(content().string(containsString("value=\"我改过的任务名称\"")))
                .andExpect(content().string(containsString("value=\"2025-11-30\"")));
        mvc.perform(post(second).session(office).with(csrf()).param("title", "第二次").param("rows[0].include", "on")
                .param("confirmDuplicate", "on")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyTheOfficeImports() throws Exception {
        String name = users.user(county, county.townA(), Role.LIAISON);
        var liaison = mvc.perform(formLogin().user(name).password(TestUsers.PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/plans/import").session((MockHttpSession) liaison)).andExpect(status().isForbidden());
    }

    @Test
    void everySharedDevDocumentProposesATaskTree() throws Exception {
        Path dev = Path.of(System.getProperty("duban.shared", "../shared")).resolve("corpus/dev");
        Assumptions.assumeTrue(Files.isDirectory(dev));
        try (var files = Files.list(dev)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ImportProposal p = imports.propose(f.getFileName().toString(), Files.readAllBytes(f), county.county().id());
                assertThat(p.rows()).as(f.toString()).isNotEmpty();
                assertThat(p.rows()).as("%s proposes plan tasks", f).anyMatch(ImportProposal.Row::proposed);
                assertThat(p.quantities()).as(f.toString()).isNotEmpty();
            }
        }
        ImportProposal speech = imports.propose("000.txt",
                Files.readAllBytes(dev.resolve("000-county-campaign-dispatch-speech.txt")), county.county().id());
        assertThat(speech.rows()).filteredOn(ImportProposal.Row::proposed)
                .extracting(ImportProposal.Row::title).contains("狠抓调度,促进城乡融合共进");
        ImportProposal.Row first = speech.rows().stream().filter(r -> r.title().startsWith("狠抓调度")).findFirst().orElseThrow();
        assertThat(first.quantities()).extracting(i -> speech.quantities().get(i).surface()).contains("102个", "50亿元");
    }

    @Test
    void aPastDocumentImportedMidYearIsTrackedFromThisMonthAndTasksWithoutALeadAreListed() throws Exception {
        clock.set(LocalDate.of(2026, 6, 15));
        try {
            String review = upload("讲话.txt", """
                    在2025年全县经济工作会议上的讲话
                    一、下一步工作打算
                    (一)农田建设。年底前新建高标准农田3000亩,由甲镇牵头。
                    (二)工作机制。建立月调度制度。
                    """);
            mvc.perform(get(review).session(office)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("value=\"2026-06\"")))
                    .andExpect(content().string(containsString("已过")))
                    .andExpect(content().string(containsString("待明确牵头单位")));
            MvcResult accepted = mvc.perform(post(review).session(office).with(csrf()).param("title", "往年讲话")
                    .param("spanFrom", "2026-06").param("spanTo", "2026-12")
                    .param("rows[0].include", "on").param("rows[0].leadOrgId", String.valueOf(county.townA().id()))
                    .param("rows[1].include", "on").param("rows[1].leadOrgId", ""))
                    .andExpect(status().is3xxRedirection()).andReturn();
            long planId = Long.parseLong(accepted.getResponse().getRedirectedUrl().replace("/plans/", ""));
            assertThat(jdbc.sql("select starts::text || ' ' || ends::text || ' ' || year from plan where id = :p").param("p", planId)
                    .query(String.class).single()).isEqualTo("2026-06-01 2026-12-31 2026");
            assertThat(jdbc.sql("select label from reporting_period where plan_id = :p order by starts").param("p", planId)
                    .query(String.class).list()).as("no period before the import, none not yet begun").containsExactly("2026年6月");
            mvc.perform(get("/plans/" + planId).session(office)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("待明确牵头单位")))
                    .andExpect(content().string(containsString("2026年6月—12月")));
        } finally {
            clock.reset();
        }
    }

    @Test
    void theReviewSetsCoUnitsAndChoosesAndNamesIndicators() throws Exception {
        String url = upload("配合单位.txt", PLAN);
        String html = mvc.perform(get(url).session(office)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as("the first row offers its quantities as indicators").contains("name=\"rows[0].quantities[0].keep\"");
        String done = mvc.perform(post(url).session(office).with(csrf()).param("title", "配合单位测试").param("kind", "民生实事")
                .param("rows[0].include", "on")
                .param("rows[0].title", "人居环境整治").param("_rows[0].coUnitIds", "1")
                .param("rows[0].coUnitIds", String.valueOf(county.townB().id()))
                .param("rows[0].coUnitIds", String.valueOf(county.department().id()))
                .param("rows[0].quantities[0].keep", "on").param("rows[0].quantities[0].name", "农村户厕改造"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(done.replaceAll(".*/", ""));
        long task = jdbc.sql("select id from task where plan_id = :p").param("p", plan).query(Long.class).single();
        assertThat(jdbc.sql("select organisation_id from task_co_unit where task_id = :t order by organisation_id").param("t", task)
                .query(Long.class).list()).containsExactlyInAnyOrder(county.townB().id(), county.department().id());
        assertThat(jdbc.sql("select name from indicator where task_id = :t").param("t", task).query(String.class).list())
                .containsExactly("农村户厕改造");
        assertThat(jdbc.sql("select kind from plan where id = :p").param("p", plan).query(String.class).single()).isEqualTo("民生实事");
        assertThat(mvc.perform(post(upload("类型.txt", PLAN.replace("12公里", "13公里"))).session(office).with(csrf())
                .param("title", "类型").param("kind", "随便").param("rows[0].include", "on")).andReturn().getResponse().getStatus())
                .as("an unknown kind is refused and nothing is saved").isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from plan where title = '类型'").query(Long.class).single()).isZero();
    }

    /**
     * Issue 26: a 2025 总结's 2026年工作打算 imported in December 2026 keeps its 6月底前 in 2026 (already the plan's year,
     * though tracking starts in December), while a past document's dates still move on to the plan's year; and the
     * 总投资 of a project names its scale, no target, so only the work's own quantity becomes an indicator.
     */
    @Test
    void aDateInThePlansYearStaysAndAProjectsScaleIsNoIndicator() {
        var december = new PlanImports.Deadlines(2025, Plans.Span.ofMonths(YearMonth.of(2026, 12), YearMonth.of(2026, 12)));
        assertThat(december.follow(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(december.follow(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        // The same 总结, whose work is due in 2026, imported as the 2027 plan: one year on, not two.
        var twoYearsLate = new PlanImports.Deadlines(2026, Plans.Span.ofMonths(YearMonth.of(2027, 12), YearMonth.of(2027, 12)));
        assertThat(twoYearsLate.follow(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2027, 6, 30));

        ImportProposal summary = imports.propose("总结.txt", """
                西岭镇2025年工作总结
                2025年12月18日
                一、下一步工作打算
                (一)人居环境。9月底前改造农村户厕400户。
                """.getBytes(StandardCharsets.UTF_8), county.county().id());
        assertThat(summary.year()).isEqualTo(2025);
        assertThat(PlanImports.Deadlines.firstYear(summary)).as("its work is due in 2026").isEqualTo(2026);

        ImportProposal p = imports.propose("项目.txt", """
                一、下一步工作打算
                (一)项目建设。年内完成总投资1.6亿元的工业园标准厂房主体工程,新建厂房3栋。
                """.getBytes(StandardCharsets.UTF_8), county.county().id());
        ImportProposal.Row row = p.rows().get(0);
        assertThat(row.quantities()).extracting(i -> p.quantities().get(i).surface()).containsExactly("1.6亿元", "3栋");
        assertThat(ReviewForm.of(p).rows().get(0).quantities()).extracting(ReviewForm.Choice::keep).containsExactly(false, true);
        long planId = imports.accept(p, "项目", Plans.Span.ofMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                List.of(new PlanImports.Decision(0, true, row.title(), county.townA().id(), row.deadline())), false, "test");
        assertThat(jdbc.sql("select i.surface from task t join indicator i on i.task_id = t.id where t.plan_id = :p")
                .param("p", planId).query(String.class).list()).containsExactly("3栋");
    }

    private String upload(String name, String text) throws Exception {
        return mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", name, "text/plain",
                text.getBytes(StandardCharsets.UTF_8))).session(office).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /**
     * Issue 26, item 2: a 2022 document imported as the 2026 plan — its 年底前 and 10月底前 are due in 2026, an
     * indicator never after its task; a deadline typed on the review page wins for every task it splits into.
     */
    @Test
    void deadlinesFollowThePlansYearAndATypedOneWinsOverItsIndicators() {
        String doc = """
                2022年下一步工作计划
                一、下一步工作打算
                (一)人居环境整治。10月底前完成户厕改造380户,年底前完成污水管网改造12公里。
                (二)基础设施。年内新建村级道路12公里。
                """;
        ImportProposal p = imports.propose("2022计划.txt", doc.getBytes(StandardCharsets.UTF_8), county.county().id());
        assertThat(p.year()).isEqualTo(2022);
        Plans.Span plan2026 = Plans.Span.ofMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        List<PlanImports.Decision> asProposed = new ArrayList<>();
        LocalDate typed = LocalDate.of(2026, 9, 30);
        for (ImportProposal.Row r : p.rows()) {
            boolean split = r.text().contains("户厕");
            asProposed.add(new PlanImports.Decision(r.index(), true, r.title(), county.townA().id(),
                    split ? typed : r.deadline(), split ? PlanImports.Handling.SPLIT : PlanImports.Handling.KEEP));
        }
        long planId = imports.accept(p, "2026年重点工作", plan2026, asProposed, false, "test");

        var rows = jdbc.sql("select t.title, t.deadline from task t where t.plan_id = :p order by t.position")
                .param("p", planId).query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate())).list();
        assertThat(rows).filteredOn(e -> e.getKey().contains("户厕") || e.getKey().contains("污水"))
                .as("the typed deadline for every part split off").hasSize(2).allMatch(e -> e.getValue().equals(typed));
        assertThat(rows).filteredOn(e -> e.getKey().contains("基础设施"))
                .as("年内 in the plan's year").singleElement().matches(e -> e.getValue().equals(LocalDate.of(2026, 12, 31)));
        var late = jdbc.sql("""
                select count(*) from indicator i join task t on t.id = i.task_id
                where t.plan_id = :p and (i.deadline > t.deadline or i.deadline < date '2026-01-01')""")
                .param("p", planId).query(Long.class).single();
        assertThat(late).as("no indicator due after its task or before the plan").isZero();
    }
}
