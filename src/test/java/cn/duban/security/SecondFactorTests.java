package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestAddresses;
import cn.duban.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10, "two factors for administrators and the office": the office must set up an
 * authenticator before anything else, then gives a code after every password; codes are not
 * replayed, wrong ones lock like wrong passwords, recovery codes work once; a password alone by
 * Basic is refused for such accounts, which call the API by token.
 */
@DubanTest
class SecondFactorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    TestUsers.County county;
    String address;

    @BeforeEach
    void county() {
        county = users.county();
        address = TestAddresses.fresh();
    }

    private RequestPostProcessor from() {
        return TestAddresses.from(address);
    }

    private MockHttpSession password(String username) throws Exception {
        MvcResult r = mvc.perform(post("/login").param("username", username).param("password", TestUsers.PASSWORD)
                .with(csrf()).with(from())).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) r.getRequest().getSession();
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session).with(from())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Signs the office in for the first time and sets up its authenticator; returns the secret and the recovery codes. */
    private Object[] enrol(String office) throws Exception {
        MockHttpSession session = password(office);
        assertThat(mvc.perform(get("/plans").session(session).with(from())).andReturn().getResponse().getRedirectedUrl())
                .as("nothing before the second factor is set up").isEqualTo("/account/two-factor");
        assertThat(mvc.perform(get("/api/plans").session(session).with(from())).andReturn().getResponse().getStatus()).isEqualTo(401);
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page("/account/two-factor", session));
        assertThat(m.find()).isTrue();
        String secret = m.group(1).replace(" ", "");

        String wrong = mvc.perform(post("/account/two-factor").session(session).with(csrf()).with(from()).param("code", "000000"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).contains("验证码不正确").contains("value=\"000000\"");
        assertThat(accounts.find(office).orElseThrow().secondFactor()).isFalse();

        String done = mvc.perform(post("/account/two-factor").session(session).with(csrf()).with(from())
                .param("code", TotpCodes.code(secret, 0))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // Only inside the recovery codes' box: a random CSRF token elsewhere on the page may hold the same shape.
        String box = done.substring(done.indexOf("id=\"recovery-codes\""), done.indexOf("每个恢复码可代替验证码"));
        List<String> codes = Pattern.compile("(?<![A-Za-z0-9_-])[A-Z2-9]{5}-[A-Z2-9]{5}(?![A-Za-z0-9_-])").matcher(box).results()
                .map(r -> r.group()).toList();
        assertThat(codes).hasSize(10);
        assertThat(mvc.perform(get("/plans").session(session).with(from())).andReturn().getResponse().getRedirectedUrl())
                .as("the gate is passed").isNull();
        return new Object[]{secret, codes};
    }

    @Test
    void theOfficeSetsUpItsAuthenticatorAndThenGivesACodeAfterEveryPassword() throws Exception {
        String office = users.user(county, county.office(), Role.SUPERVISOR);
        Object[] enrolled = enrol(office);
        String secret = (String) enrolled[0];
        @SuppressWarnings("unchecked")
        List<String> recovery = (List<String>) enrolled[1];
        assertThat(accounts.find(office).orElseThrow().secondFactor()).isTrue();
        assertThat(jdbc.sql("select totp_secret from app_user where username = :u").param("u", office).query(String.class).single())
                .as("the secret is stored SM4-encrypted").startsWith("sm4:1:").doesNotContain(secret);

        MockHttpSession next = password(office);
        assertThat(mvc.perform(get("/plans").session(next).with(from())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/second-factor");
        // The code just used at enrolment is not accepted again (no replay); the next step's is.
        String replay = mvc.perform(post("/login/second-factor").session(next).with(csrf()).with(from())
                .param("code", TotpCodes.code(secret, 0))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(replay).contains("验证码不正确");
        MvcResult ok = mvc.perform(post("/login/second-factor").session(next).with(csrf()).with(from())
                .param("code", TotpCodes.code(secret, 1))).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession passed = (MockHttpSession) ok.getRequest().getSession();
        assertThat(mvc.perform(get("/plans").session(passed).with(from())).andReturn().getResponse().getStatus()).isEqualTo(200);

        // A recovery code stands in once.
        MockHttpSession lostPhone = password(office);
        assertThat(mvc.perform(post("/login/second-factor").session(lostPhone).with(csrf()).with(from())
                .param("code", recovery.get(0).toLowerCase())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/two-factor?recovery");
        MockHttpSession again = password(office);
        assertThat(mvc.perform(post("/login/second-factor").session(again).with(csrf()).with(from())
                .param("code", recovery.get(0))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("验证码不正确");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :u and action = '第二因素验证通过'").param("u", office)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void fiveWrongCodesLockTheAccountAsWrongPasswordsDo() throws Exception {
        String office = users.user(county, county.office(), Role.SUPERVISOR);
        enrol(office);
        MockHttpSession session = password(office);
        String last = "";
        for (int i = 0; i < 5; i++) {
            MvcResult r = mvc.perform(post("/login/second-factor").session(session).with(csrf()).with(from())
                    .param("code", String.format("%06d", 111111 * (i + 1) % 1_000_000))).andReturn();
            last = r.getResponse().getRedirectedUrl() == null ? "" : r.getResponse().getRedirectedUrl();
        }
        assertThat(accounts.find(office).orElseThrow().lockedUntil()).isNotNull();
        // The fifth wrong code says so at once and ends the half-signed-in session; nothing gets in after it.
        assertThat(last).isEqualTo("/login?error=locked");
        MvcResult after = mvc.perform(post("/login/second-factor").session(session).with(csrf()).with(from()).param("code", "123456"))
                .andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).startsWith("/login");
    }

    @Test
    void aPasswordAloneByBasicIsRefusedWhereTwoFactorsAreDueAndTokensServeTheApi() throws Exception {
        String office = users.user(county, county.office(), Role.SUPERVISOR);
        // Not even before its owner has set up the second factor does the password alone serve scripts (issue 22, item 4);
        assertThat(mvc.perform(get("/api/plans").with(httpBasic(office, TestUsers.PASSWORD)).with(from())).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        Object[] factor = enrol(office);
        // from then on a password alone is refused, and the answer says what to use instead.
        var basic = mvc.perform(get("/api/plans").with(httpBasic(office, TestUsers.PASSWORD)).with(from())).andReturn().getResponse();
        assertThat(basic.getStatus()).isEqualTo(401);
        assertThat(basic.getContentAsString(StandardCharsets.UTF_8)).contains("访问令牌");

        assertThat(mvc.perform(get("/api/plans").with(TestUsers.api(office))).andReturn().getResponse().getStatus()).isEqualTo(200);
        // A token made through the API by its owner signed in (a token makes none), listed without its secret, then
        // revoked: refused from then on.
        MockHttpSession owner = password(office);
        mvc.perform(
                post("/login/second-factor").session(owner).with(csrf()).with(from()).param("code", TotpCodes.code((String) factor[0], 1)));
        String made = mvc.perform(post("/api/account/tokens").session(owner).with(csrf()).with(from()).contentType("application/json")
                .content("{\"name\":\"市平台对接\",\"days\":30}")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = made.replaceAll(".*\"token\":\"(dbn_[a-z2-7]+)\".*", "$1");
        long id = Long.parseLong(made.replaceAll(".*\"id\":(\\d+).*", "$1"));
        RequestPostProcessor bearer = r -> {
            r.addHeader("Authorization", "Bearer " + token);
            return r;
        };
        assertThat(mvc.perform(get("/api/dashboard").with(bearer)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(
                mvc.perform(get("/api/account/tokens").with(bearer)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("市平台对接").doesNotContain(token);
        assertThat(jdbc.sql("select count(*) from api_token where digest = :t or prefix = :t").param("t", token).query(Long.class).single())
                .as("only a digest is kept").isZero();
        assertThat(mvc.perform(delete("/api/account/tokens/" + id).with(bearer)).andReturn().getResponse().getStatus()).isEqualTo(204);
        var revoked = mvc.perform(get("/api/plans").with(bearer)).andReturn().getResponse();
        assertThat(revoked.getStatus()).isEqualTo(401);
        assertThat(revoked.getContentAsString(StandardCharsets.UTF_8)).contains("访问令牌无效");
        // A token neither makes nor needs a session, and skips CSRF only without one.
        assertThat(mvc.perform(get("/api/plans").with(TestUsers.api(office))).andReturn().getRequest().getSession(false)).isNull();

        // A liaison needs no second factor: Basic still serves until one is set up.
        String liaison = users.user(county, county.townA(), Role.LIAISON);
        assertThat(mvc.perform(get("/api/plans").with(httpBasic(liaison, TestUsers.PASSWORD)).with(from())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theSecurityAdministratorResetsALostSecondFactorAndItsOwnerSetsItUpAgain() throws Exception {
        String office = users.user(county, county.office(), Role.SUPERVISOR);
        enrol(office);
        MockHttpSession session = password(office);
        String security = users.user(county, county.office(), Role.SECURITY_ADMIN);
        long id = accounts.find(office).orElseThrow().id();
        MockHttpSession admin = password(security);
        // The security administrator is himself due a second factor first.
        assertThat(mvc.perform(post("/users/" + id + "/second-factor/reset").session(admin).with(csrf()).with(from()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
        Object[] own = enrol(security);
        MockHttpSession adminPassed = password(security);
        mvc.perform(post("/login/second-factor").session(adminPassed).with(csrf()).with(from())
                .param("code", TotpCodes.code((String) own[0], 1)));
        MvcResult reset = mvc.perform(post("/users/" + id + "/second-factor/reset").session(adminPassed).with(csrf()).with(from()))
                .andReturn();
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/users");
        assertThat(accounts.find(office).orElseThrow().secondFactor()).isFalse();
        assertThat(mvc.perform(get("/login/second-factor").session(session).with(from())).andReturn().getResponse().getRedirectedUrl())
                .as("the account's open sessions end").isNotNull();
        MockHttpSession fresh = password(office);
        assertThat(mvc.perform(get("/plans").session(fresh).with(from())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/two-factor");
        assertThat(jdbc.sql("select count(*) from audit_event where action = '停用双因素认证' and entity_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
    }
}
