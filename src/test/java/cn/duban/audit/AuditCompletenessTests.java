package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestAddresses;
import cn.duban.TestUsers;
import cn.duban.audit.web.CsvCheck;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10, "audit complete": sign-ins and sign-outs, failures and locks, refusals and downloads
 * are all in the trail with the address and request id they came with; the auditor searches,
 * filters and exports it.
 */
@DubanTest
class AuditCompletenessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditChain chain;

    TestUsers.County county;
    String address;

    @BeforeEach
    void county() {
        county = users.county();
        address = TestAddresses.fresh();
    }

    private RequestPostProcessor from(String requestId) {
        return r -> {
            r.setRemoteAddr(address);
            r.addHeader("X-Request-Id", requestId);
            return r;
        };
    }

    private MockHttpSession signIn(String username, String requestId) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", TestUsers.PASSWORD)
                .with(csrf()).with(from(requestId))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getResponse().getHeader("X-Request-Id")).isEqualTo(requestId);
        return (MockHttpSession) result.getRequest().getSession();
    }

    private List<Map<String, Object>> events(String actor) {
        return jdbc.sql("select action, address, request_id, after::text as after from audit_event where actor = :a order by id")
                .param("a", actor).query().listOfRows();
    }

    @Test
    void signInsRefusalsAndSignOutsCarryTheirAddressAndRequestId() throws Exception {
        String liaison = users.user(county, county.townA(), Role.LIAISON);
        String req = "req-" + county.tag() + "-login";
        MockHttpSession session = signIn(liaison, req);
        mvc.perform(get("/users").session(session).with(from("req-" + county.tag() + "-denied")))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(post("/logout").session(session).with(csrf()).with(from("req-" + county.tag() + "-logout")));

        List<Map<String, Object>> trail = events(liaison);
        assertThat(trail).extracting(e -> e.get("action")).containsSubsequence("登录成功", "访问被拒", "退出登录");
        assertThat(trail.stream().filter(e -> e.get("action").equals("登录成功")).findFirst().orElseThrow())
                .containsEntry("address", address).containsEntry("request_id", req);
        assertThat(trail.stream().filter(e -> e.get("action").equals("访问被拒")).findFirst().orElseThrow().get("after").toString())
                .contains("/users");
        assertThat(trail.stream().filter(e -> e.get("action").equals("退出登录")).findFirst().orElseThrow())
                .containsEntry("request_id", "req-" + county.tag() + "-logout");
    }

    @Test
    void failuresTheLockAndAttemptsOnALockedAccountAreRecorded() throws Exception {
        String leader = users.user(county, county.office(), Role.LEADER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", leader).param("password", "wrong-" + i).with(csrf())
                    .with(from("req-" + county.tag() + "-f" + i)));
        }
        mvc.perform(post("/login").param("username", leader).param("password", TestUsers.PASSWORD).with(csrf())
                .with(from("req-" + county.tag() + "-locked")));
        String nobody = "nobody-" + county.tag();
        mvc.perform(post("/login").param("username", nobody).param("password", "x").with(csrf())
                .with(from("req-" + county.tag() + "-unknown")));

        List<String> actions = jdbc.sql("""
                select action from audit_event where after ->> 'username' = :u and action like '登录%' order by id""")
                .param("u", leader).query(String.class).list();
        assertThat(actions).containsExactly("登录失败", "登录失败", "登录失败", "登录失败", "登录失败，账号锁定", "登录被拒");
        assertThat(jdbc.sql("select count(*) from audit_event where action = '登录失败（用户名不存在）' and after ->> 'username' = :u "
                + "and address = :a").param("u", nobody).param("a", address).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAuditorSearchesFiltersAndExportsAndTheExportIsItselfAudited() throws Exception {
        String liaison = users.user(county, county.townB(), Role.LIAISON);
        signIn(liaison, "req-" + county.tag() + "-search");
        String auditor = users.user(county, county.office(), Role.AUDITOR);
        // The auditor's role is due a second factor: the trail is read here as a program would, by token.
        RequestPostProcessor session = TestUsers.api(auditor);

        String json = mvc.perform(get("/api/audit").param("actor", liaison).param("action", "登录").with(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("登录成功").contains(address).doesNotContain(auditor);
        String byRequest = mvc.perform(get("/api/audit").param("q", "req-" + county.tag() + "-search").with(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(byRequest).contains(liaison);

        var wrong = mvc.perform(get("/api/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(session)).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(wrong.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("结束日期不能早于开始日期");
        String page = mvc.perform(get("/audit").param("from", "2026-05-02").param("to", "2026-05-01").param("actor", liaison)
                .with(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("结束日期不能早于开始日期").contains("value=\"" + liaison + "\"");

        MvcResult csv = mvc.perform(get("/audit/export.csv").param("actor", liaison).with(session)
                .with(from("req-" + county.tag() + "-export"))).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF编号,时间,操作人").contains("登录成功").contains(address);
        assertThat(jdbc.sql("select after ->> 'path' from audit_event where actor = :a and action = '下载' and request_id = :r")
                .param("a", auditor).param("r", "req-" + county.tag() + "-export").query(String.class).single())
                .isEqualTo("/audit/export.csv");

        // Records with an address and a request id are sealed and verified like the rest.
        chain.seal();
        long id = jdbc.sql("select id from audit_event where request_id = :r and action = '下载'")
                .param("r", "req-" + county.tag() + "-export")
                .query(Long.class).single();
        assertThat(chain.verify().problems()).noneMatch(p -> p.contains(" " + id + " "));
    }

    @Test
    void aSpreadsheetFormulaInARecordIsNotRunByTheExport() {
        assertThat(CsvCheck.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }
}
