package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestDingTalk;
import cn.duban.TestUsers;
import cn.duban.assignments.Assignments;
import cn.duban.assignments.Extensions;
import cn.duban.assignments.Forms;
import cn.duban.security.DubanUser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 27, items 3 and 4, against the open platform's documented calls ({@link TestDingTalk} checks each one):
 * the directory imported beside the organisation sheet links people to accounts by 工号; a submitted report is a
 * 待办 for the unit head, done when it is approved; an extension is a 待办 for the office, done on the decision;
 * the light app signs a linked person in by the platform's code (免登), an unlinked one never.
 */
@DubanTest
class DingTalkTodoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;
    @Autowired
    Extensions extensions;
    @Autowired
    Assignments assignments;
    @Autowired
    UserDetailsService people;
    @Autowired
    TestUsers users;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    private String union(ProgressFixture.World w, String who) {
        return who + "-" + w.county().tag();
    }

    /** The county's directory, as the platform lists it: its root, a township, a new bureau, four people. */
    private MockHttpServletResponse importDirectory(ProgressFixture.World w) throws Exception {
        String json = """
                {"departments":[{"dept_id":1,"name":"%s","parent_id":0},{"dept_id":20,"name":"%s","parent_id":1},
                                {"dept_id":21,"name":"县数据资源局%s","parent_id":1}],
                 "users":[{"userid":"u-head-%s","unionid":"%s","name":"单位负责人","job_number":"%s","dept_id_list":[20]},
                          {"userid":"u-liaison-%s","unionid":"%s","name":"联络员","job_number":"%s","dept_id_list":[20]},
                          {"userid":"u-office-%s","unionid":"%s","name":"督查室","job_number":"%s","dept_id_list":[1]},
                          {"userid":"u-x-%s","unionid":"x-%s","name":"外单位人员","job_number":"","dept_id_list":[21]}]}"""
                .formatted(w.county().county().name(), w.county().townA().name(), w.county().tag(), w.county().tag(), union(w, "head"),
                        w.head(), w.county().tag(), union(w, "liaison"), w.liaison(), w.county().tag(), union(w, "office"), w.office(),
                        w.county().tag(), w.county().tag());
        return mvc.perform(post("/api/organisations/dingtalk").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(TestUsers.api(w.office()))).andReturn().getResponse();
    }

    /** A file that is no directory export is refused beside the file field, and nothing is imported. */
    @Test
    void aBrokenDirectoryFileIsRefusedBesideItsFieldAndChangesNothing() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        String units = mvc.perform(get("/api/organisations").with(TestUsers.api(w.office()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        MockHttpSession session = new MockHttpSession();
        var refused = mvc.perform(multipart("/organisations/dingtalk").session(session)
                .file(new MockMultipartFile("file", "通讯录.json", "application/json", "{\"departments\":[{\"dept_id\":".getBytes()))
                .with(TestUsers.api(w.office())).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/organisations");
        String page = mvc.perform(get("/organisations").session(session).with(TestUsers.api(w.office())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String field = page.substring(page.lastIndexOf("<input", page.indexOf("id=\"dingtalk-file\"")));
        assertThat(field.substring(0, field.indexOf('>'))).contains("is-invalid").contains("aria-describedby=\"dingtalk-refused\"");
        assertThat(field)
                .containsPattern("^<input[^>]*>\\s*<div class=\"invalid-feedback\" id=\"dingtalk-refused\">不是有效的 JSON 文件[^<a-zA-Z]+</div>");
        assertThat(mvc.perform(get("/api/organisations").with(TestUsers.api(w.office()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).isEqualTo(units);
    }

    @Test
    void aSubmittedReportIsATodoForTheUnitHeadDoneWhenApproved() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, LocalDate.of(2025, 6, 30)));
        MockHttpServletResponse imported = importDirectory(w);
        assertThat(imported.getStatus()).as(imported.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(imported.getContentAsString(StandardCharsets.UTF_8)).contains("县数据资源局" + w.county().tag(), "外单位人员（无工号）");
        assertThat(fx.jdbc.sql("select count(*) from dingtalk_person p join app_user u on u.id = p.account_id where u.username in (:u)")
                .param("u", List.of(w.head(), w.liaison(), w.office())).query(Long.class).single()).isEqualTo(3);
        TestDingTalk.WRONG.clear();

        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport r = fx.submit(w, fx.periodOn(w, LocalDate.of(2025, 3, 10)), Map.of(w.tasks().get(0), 3));
        List<TestDingTalk.Call> made = TestDingTalk.calls("/v1.0/todo/users/" + union(w, "head") + "/tasks?");
        assertThat(made).hasSize(1);
        assertThat(made.get(0).body().path("subject").asString()).contains("待审核");
        assertThat(made.get(0).body().path("detailUrl").path("appUrl").asString()).isEqualTo("http://localhost/reports/" + r.id());
        assertThat(TestDingTalk.calls("/topapi/message/corpconversation/asyncsend_v2").stream()
                .anyMatch(c -> c.body().path("userid_list").asString().equals("u-head-" + w.county().tag()))).isTrue();
        assertThat(TestDingTalk.calls("/v1.0/todo/users/" + union(w, "liaison"))).as("the liaison waits on nobody").isEmpty();

        fx.approve(w, r.id());
        List<TestDingTalk.Call> done = TestDingTalk.calls("/v1.0/todo/users/" + union(w, "head") + "/tasks/task-");
        assertThat(done).hasSize(1);
        assertThat(done.get(0).method()).isEqualTo("PUT");
        assertThat(done.get(0).body().path("done").asBoolean()).isTrue();
        assertThat(fx.jdbc.sql("select count(*) from dingtalk_todo where step like :s and done_at is not null and failure is null")
                .param("s", "report:" + r.id() + ":%").query(Long.class).single()).isEqualTo(1);

        // An extension waits on the office, and is done when it decides.
        DubanUser liaison = (DubanUser) people.loadUserByUsername(w.liaison());
        long request = extensions.apply(new Forms.ExtensionForm(w.tasks().get(0), "雨季施工受阻", LocalDate.of(2025, 9, 30)), liaison,
                List.of(w.county().townA().id()));
        assertThat(TestDingTalk.calls("/v1.0/todo/users/" + union(w, "office") + "/tasks?")).hasSize(1);
        extensions.approve(request, "同意", (DubanUser) people.loadUserByUsername(w.office()), w.county().county().id());
        assertThat(TestDingTalk.calls("/v1.0/todo/users/" + union(w, "office") + "/tasks/task-")).hasSize(1);

        // A 交办 waits on the lead unit's 签收: its liaison and head each have it, both done when one signs.
        DubanUser office = (DubanUser) people.loadUserByUsername(w.office());
        long matter = assignments.issue(w.county().county().id(), null, new Forms.AssignmentForm("核查养老服务站运营情况", "县长批示",
                w.county().townA().id(), List.of(), LocalDate.of(2025, 4, 30), ""), office);
        assertThat(TestDingTalk.calls("/v1.0/todo/users/" + union(w, "liaison") + "/tasks?")).hasSize(1);
        assertThat(TestDingTalk.calls("/v1.0/todo/users/" + union(w, "head") + "/tasks?")).hasSize(2);
        assignments.sign(matter, liaison, List.of(w.county().townA().id()));
        assertThat(
                fx.jdbc.sql("select count(*) from dingtalk_todo where step = :s and done_at is not null").param("s", "assignment:" + matter)
                        .query(Long.class).single())
                .isEqualTo(2);
        assertThat(TestDingTalk.WRONG).as("every call as the platform documents it").isEmpty();
    }

    @Test
    void aReportReturnedAndSubmittedAgainWaitsOnItsHeadAgain() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        assertThat(importDirectory(w).getStatus()).isEqualTo(200);
        fx.clock.set(LocalDate.of(2025, 3, 10));
        ReportingPeriod march = fx.periodOn(w, LocalDate.of(2025, 3, 10));
        UnitReport r = fx.submit(w, march, Map.of(w.tasks().get(0), 3));
        fx.as(w.head(), () -> fx.reports.returnToUnit(r.id(), UUID.randomUUID(), ReportState.SUBMITTED, "数字请核实"));
        fx.clock.set(LocalDate.of(2025, 3, 11));
        fx.submit(w, march, Map.of(w.tasks().get(0), 4));
        assertThat(TestDingTalk.calls("/v1.0/todo/users/" + union(w, "head") + "/tasks?")).as("a 待办 for each submission").hasSize(2);
        assertThat(fx.jdbc.sql("select count(*) from dingtalk_todo where step like :s and done_at is null")
                .param("s", "report:" + r.id() + ":%")
                .query(Long.class).single()).isEqualTo(1);
    }

    /** The security administrator links the person's unionid to the account, as for single sign-on. */
    private void link(ProgressFixture.World w, String who, String username) throws Exception {
        String security = users.user(w.county(), w.county().office(), cn.duban.security.Role.SECURITY_ADMIN);
        var linked = mvc.perform(post("/api/security/identities").contentType(MediaType.APPLICATION_JSON)
                .content("{\"provider\":\"dingtalk\",\"subject\":\"%s\",\"username\":\"%s\"}".formatted(union(w, who), username))
                .with(TestUsers.api(security))).andReturn().getResponse();
        assertThat(linked.getStatus()).as(linked.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
    }

    private String signInThroughTheApp(String unionId, MockHttpSession session) throws Exception {
        String away = mvc.perform(get("/dingtalk").session(session)).andReturn().getResponse().getRedirectedUrl();
        assertThat(away).startsWith(TestDingTalk.base() + "/oauth2/auth?").contains("client_id=" + TestDingTalk.APP_KEY);
        String state = away.replaceAll(".*[?&]state=([^&]+).*", "$1");
        return mvc.perform(get(URI.create("/dingtalk/sign-in?authCode=auth-" + unionId + "&state=" + state)).session(session))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void theLightAppSignsALinkedPersonInByThePlatformsCode() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        assertThat(importDirectory(w).getStatus()).isEqualTo(200);
        // The directory import lets nobody sign in: only the security administrator's link does.
        assertThat(signInThroughTheApp(union(w, "liaison"), new MockHttpSession())).isEqualTo("/login?error=sso-unlinked");
        link(w, "liaison", w.liaison());

        // The platform's login page, completed by the app: a code back with the state this session was given.
        MockHttpSession session = new MockHttpSession();
        assertThat(signInThroughTheApp(union(w, "liaison"), session)).isEqualTo("/");
        assertThat(mvc.perform(get("/reports").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(fx.jdbc.sql("select count(*) from audit_event where actor = :u and action = '登录成功' and after ->> 'method' = 'dingtalk'")
                .param("u", w.liaison()).query(Long.class).single()).isEqualTo(1);

        // A wrong state, or a code without one (a link someone else made), signs nobody in.
        assertThat(mvc.perform(get("/dingtalk/sign-in").param("authCode", "auth-" + union(w, "liaison"))
                .param("state", UUID.randomUUID().toString()).session(new MockHttpSession())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?error=dingtalk-failed");
        MockHttpSession stranger = new MockHttpSession();
        assertThat(mvc.perform(get("/dingtalk/sign-in").param("authCode", "auth-" + union(w, "liaison")).session(stranger)).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error=dingtalk-failed");
        assertThat(mvc.perform(get("/reports").session(stranger)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");

        // Unlinked, the sessions it opened end.
        String security = users.user(w.county(), w.county().office(), cn.duban.security.Role.SECURITY_ADMIN);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/security/identities/dingtalk/" + union(w, "liaison")).with(TestUsers.api(security))).andReturn().getResponse()
                .getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/reports").session(session)).andReturn().getResponse().getRedirectedUrl()).contains("/login");
    }
}
