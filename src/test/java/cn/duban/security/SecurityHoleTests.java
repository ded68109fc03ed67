package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestAddresses;
import cn.duban.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The holes an attack on a running Duban found (issue 10), each reproduced as it was seen
 * before it was closed: CSRF skipped for any Authorization header, parallel guessing past the
 * lockout, sessions that outlive their account.
 */
@DubanTest
class SecurityHoleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    TestUsers.County county;
    /** Each test guesses from an address of its own, so the per-address limit of one does not touch another. */
    String address;

    @BeforeEach
    void county() {
        county = users.county();
        address = TestAddresses.fresh();
    }

    private RequestPostProcessor from() {
        return TestAddresses.from(address);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void aStrayAuthorizationHeaderDoesNotSkipCsrfForASession() throws Exception {
        String office = users.user(county, county.office(), Role.SUPERVISOR);
        MockHttpSession session = signIn(office, TestUsers.PASSWORD);
        int status = mvc.perform(post("/organisations").session(session).header("Authorization", "Bearer x").with(from())
                .param("name", "越权镇").param("kind", "TOWNSHIP").param("parentId", String.valueOf(county.county().id())))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from organisation where name = '越权镇' and parent_id = :p")
                .param("p", county.county().id()).query(Long.class).single()).isZero();
    }

    @Test
    void parallelGuessesAreCountedBeforeThePasswordIsChecked() throws Exception {
        String name = users.user(county, county.townA(), Role.LIAISON);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String password = "Wrong#Guess" + i;
            answers.add(pool.submit((Callable<Integer>) () -> mvc.perform(get("/api/plans")
                    .with(httpBasic(name, password)).with(from())).andReturn().getResponse().getStatus()));
        }
        for (Future<Integer> f : answers) {
            assertThat(f.get()).isIn(401, 429);
        }
        pool.shutdown();
        UserAccount after = accounts.find(name).orElseThrow();
        assertThat(after.failedAttempts()).as("no more passwords were tried than the lockout allows").isLessThanOrEqualTo(5);
        assertThat(after.lockedUntil()).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = '登录失败' and entity_id = :u")
                .param("u", after.id()).query(Long.class).single()).isLessThanOrEqualTo(5);
        // The right password, now, is refused: the account is locked.
        assertThat(mvc.perform(get("/api/plans").with(httpBasic(name, TestUsers.PASSWORD)).with(from()))
                .andReturn().getResponse().getStatus()).isIn(401, 429);
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedAndThenRefused() throws Exception {
        int refused = 0;
        for (int i = 0; i < 35; i++) {
            int status = mvc.perform(get("/api/plans").with(httpBasic("nobody" + i, "Wrong#Guess1")).with(from()))
                    .andReturn().getResponse().getStatus();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).as("after 30 failures in 10 minutes the address is told to wait").isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from login_attempt where address = :a and username like 'nobody%'")
                .param("a", address).query(Long.class).single()).as("attempts on unknown names are recorded").isGreaterThanOrEqualTo(30);
    }

    @Test
    void disablingOrResettingAnAccountEndsItsOpenSessions() throws Exception {
        String admin = users.user(county, county.office(), Role.ADMIN);
        String name = users.user(county, county.townA(), Role.UNIT_HEAD);
        long id = accounts.find(name).orElseThrow().id();
        MockHttpSession session = signIn(name, TestUsers.PASSWORD);
        var first = mvc.perform(get("/api/plans").session(session).with(from())).andReturn().getResponse();
        assertThat(first.getStatus()).as(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);

        mvc.perform(put("/api/users/" + id + "/enabled").with(TestUsers.api(admin)).with(from())
                .contentType("application/json").content("{\"enabled\":false}"));
        assertThat(mvc.perform(get("/api/plans").session(session).with(from())).andReturn().getResponse().getStatus())
                .as("a disabled account's session reads nothing").isEqualTo(401);

        mvc.perform(put("/api/users/" + id + "/enabled").with(TestUsers.api(admin)).with(from())
                .contentType("application/json").content("{\"enabled\":true}"));
        MockHttpSession again = signIn(name, TestUsers.PASSWORD);
        TestUsers.confirmedReset(mvc, admin, users.user(county, county.office(), Role.SECURITY_ADMIN), id);
        assertThat(mvc.perform(get("/api/plans").session(again).with(from())).andReturn().getResponse().getStatus())
                .as("a reset password ends the sessions opened with the old one").isEqualTo(401);
    }

    @Test
    void aSixthSignInEndsTheOldestSession() throws Exception {
        String name = users.user(county, county.department(), Role.LIAISON);
        List<MockHttpSession> sessions = new ArrayList<>();
        for (int i = 0; i < SecurityConfiguration.MAX_SESSIONS + 1; i++) {
            sessions.add(signIn(name, TestUsers.PASSWORD));
        }
        assertThat(mvc.perform(get("/reports").session(sessions.get(0)).with(from())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(mvc.perform(get("/api/reports").session(sessions.get(sessions.size() - 1)).with(from()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessions() throws Exception {
        String name = users.user(county, county.townB(), Role.LIAISON);
        MockHttpSession phone = signIn(name, TestUsers.PASSWORD);
        MockHttpSession desk = signIn(name, TestUsers.PASSWORD);
        mvc.perform(post("/password").session(desk).with(csrf()).with(from()).param("current", TestUsers.PASSWORD)
                .param("next", "Other#Pass2026x").param("repeat", "Other#Pass2026x"));
        assertThat(mvc.perform(get("/api/reports").session(phone).with(from())).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        // (TestUsers' fixed password is put back for other tests that sign in as this user.)
        jdbc.sql("update app_user set password_hash = (select password_hash from app_user where username = :o) where username = :u")
                .param("o", users.user(county, county.townA(), Role.LIAISON)).param("u", name).update();
    }

    @Test
    void smallerHolesAreClosed() throws Exception {
        String office = users.user(county, county.office(), Role.SUPERVISOR);
        String liaison = users.user(county, county.townA(), Role.LIAISON);
        // A province cannot sit under a township.
        var province = mvc.perform(post("/api/organisations").with(TestUsers.api(office)).with(from())
                .contentType("application/json").content("{\"name\":\"错位省\",\"kind\":\"PROVINCE\",\"parentId\":%d}"
                        .formatted(county.townA().id())))
                .andReturn().getResponse();
        assertThat(province.getStatus()).isEqualTo(422);
        assertThat(province.getContentAsString(StandardCharsets.UTF_8)).contains("不能设在");
        // A missing row is 404, not 500.
        assertThat(mvc.perform(get("/documents/preview").param("period", "999999999").param("kind", "BULLETIN")
                .with(TestUsers.api(office)).with(from())).andReturn().getResponse().getStatus()).isIn(404, 422);
        // Pages carry a CSP, a referrer policy and a permissions policy.
        var page = mvc.perform(get("/plans").with(TestUsers.api(office)).with(from())).andReturn().getResponse();
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Permissions-Policy")).contains("camera=()");
        // The API description is not for every role.
        assertThat(mvc.perform(get("/v3/api-docs").with(httpBasic(liaison, TestUsers.PASSWORD)).with(from()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/v3/api-docs").with(TestUsers.api(office)).with(from()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void overHttpsBrowsersAreToldToKeepToHttps() throws Exception {
        // Behind the TLS proxy (server.forward-headers-strategy) requests arrive as secure: HSTS is sent, and only then.
        assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
    }
}
