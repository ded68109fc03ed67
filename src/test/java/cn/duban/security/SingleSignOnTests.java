package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.browser.Browser;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import testidp.IdentityProvider;

/**
 * Issue 27, item 1: sign-in through the province's identity service (OpenID Connect), end to end against a real
 * authorization server (Spring Authorization Server, {@link IdentityProvider}). An identity nobody linked is refused
 * and no account is made; a linked one signs in as its Duban account with that account's role; the second factor is
 * asked as after a password unless the provider asserts one; a claim may match an account once; sign-out ends the
 * session here and at the provider.
 */
@DubanTest
class SingleSignOnTests {

    private static final String PROVIDER = "province";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** Duban under MockMvc: its redirect URI is on http://localhost. */
    private static final String MOCK_BASE = "http://localhost";

    /**
     * A person signs in at the provider as {@code who}: Duban sends the browser there, the provider's login form is
     * filled, and the provider's answer (code and state) comes back to Duban in the same session. The response is
     * Duban's to that answer.
     */
    private MockHttpServletResponse signInThrough(String who, MockHttpSession session) throws Exception {
        IdentityProvider.allow(MOCK_BASE, PROVIDER);
        MockHttpServletResponse button = mvc.perform(get("/sso/" + PROVIDER).session(session)).andReturn().getResponse();
        assertThat(button.getRedirectedUrl()).isEqualTo("/oauth2/authorization/" + PROVIDER);
        String authorize = mvc.perform(get("/oauth2/authorization/" + PROVIDER).session(session)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(authorize).startsWith(IdentityProvider.issuer() + "/oauth2/authorize");
        String back = atProvider(authorize, who);
        assertThat(back).startsWith(MOCK_BASE + "/login/oauth2/code/" + PROVIDER + "?");
        return mvc.perform(get(URI.create(back)).session(session)).andReturn().getResponse();
    }

    /** The browser at the provider: its login form filled; where the provider sends the browser back to. */
    static String atProvider(String authorize, String who) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String at = authorize;
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(at)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("name=\"password\"")) {
                Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(r.body());
                assertThat(csrf.find()).as("the provider's login form").isTrue();
                String form = "username=" + who + "&password=" + URLEncoder.encode(IdentityProvider.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
                r = http.send(HttpRequest.newBuilder(URI.create(IdentityProvider.issuer() + "/login"))
                        .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            }
            int status = r.statusCode();
            String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + status));
            String next = URI.create(at).resolve(location).toString();
            if (next.startsWith(MOCK_BASE + "/") && !next.startsWith(IdentityProvider.issuer())) {
                return next;
            }
            at = next;
        }
        throw new AssertionError("the provider never sent the browser back");
    }

    private long accounts() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Test
    void anIdentityNobodyLinkedIsRefusedAndNoAccountIsMade() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(login).contains("id=\"sso-province\"", "通过省统一身份认证登录");
        long before = accounts();
        MockHttpServletResponse answer = signInThrough("nobody", new MockHttpSession());
        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?error=sso-unlinked");
        assertThat(accounts()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from external_identity where subject = 'nobody'").query(Long.class).single()).isZero();
        String page = mvc.perform(get("/login").param("error", "sso-unlinked")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("该统一身份尚未关联督办账号");
    }

    @Test
    void aLinkedIdentitySignsInAsItsAccountAndIsAskedTheSecondFactorItDidNotPass() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String security = users.user(c, c.office(), Role.SECURITY_ADMIN);
        jdbc.sql("delete from external_identity where provider = :p and subject = 'wang'").param("p", PROVIDER).update();
        var linked = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/security/identities")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"provider\":\"province\",\"subject\":\"wang\",\"username\":\"" + office + "\"}")
                .with(TestUsers.api(security))).andReturn().getResponse();
        assertThat(linked.getStatus()).as(linked.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        // Only the security administrator links.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/security/identities")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"provider\":\"province\",\"subject\":\"x\",\"username\":\"" + office + "\"}")
                .with(TestUsers.api(office))).andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse answer = signInThrough("wang", session);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/");
        // The provider asserted a password only: the office's second factor is asked as after a password.
        String next = mvc.perform(get("/plans").session(session)).andReturn().getResponse().getRedirectedUrl();
        assertThat(next).isIn("/login/second-factor", "/account/two-factor");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where actor = :u and action = '登录成功' and after ->> 'method' = '统一身份认证'""")
                .param("u", office).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondFactorTheProviderAssertsCountsAndSignOutEndsBothSessions() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.LEADER);
        // An office, an administrator or an auditor is never matched by a claim: the security administrator links them.
        String supervisor = users.user(c, c.office(), Role.SUPERVISOR);
        jdbc.sql("delete from external_identity where provider = :p and subject = 'zhang'").param("p", PROVIDER).update();
        IdentityProvider.EMPLOYEE_NO.put("zhang", supervisor);
        try {
            assertThat(signInThrough("zhang", new MockHttpSession()).getRedirectedUrl()).isEqualTo("/login?error=sso-unlinked");
        } finally {
            IdentityProvider.EMPLOYEE_NO.put("zhang", "GH-1002");
        }
        jdbc.sql("delete from external_identity where provider = :p and subject = 'zhang'").param("p", PROVIDER).update();
        // Matched once by the configured claim: the provider's 工号 is this Duban username; kept as a link.
        IdentityProvider.EMPLOYEE_NO.put("zhang", office);
        try {
            MockHttpSession session = new MockHttpSession();
            assertThat(signInThrough("zhang", session).getRedirectedUrl()).isEqualTo("/");
            assertThat(jdbc.sql("select how from external_identity where provider = :p and subject = 'zhang'").param("p", PROVIDER)
                    .query(String.class).single()).isEqualTo("MATCHED");
            var plans = mvc.perform(get("/plans").session(session)).andReturn().getResponse();
            assertThat(plans.getStatus()).as("no second-factor page: the provider asserted otp").isEqualTo(200);

            var out = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout").session(session)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                    .andReturn().getResponse();
            assertThat(out.getRedirectedUrl()).startsWith(IdentityProvider.issuer() + "/connect/logout").contains("id_token_hint=");
            assertThat(mvc.perform(get("/plans").session(session)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        } finally {
            IdentityProvider.EMPLOYEE_NO.put("zhang", "GH-1002");
        }
    }

    /** The browser test: through the provider's own login page, landing on the dashboard with the linked account's role. */
    @Test
    void inTheBrowserTheLinkedAccountLandsOnItsDashboard() throws Exception {
        TestUsers.County c = users.county();
        String leader = users.user(c, c.office(), Role.LEADER);
        jdbc.sql("delete from external_identity where provider = :p and subject = 'zhang'").param("p", PROVIDER).update();
        jdbc.sql("""
                insert into external_identity (provider, subject, account_id, how, linked_by)
                select 'province', 'zhang', id, 'LINKED', 'test' from app_user where username = :u""").param("u", leader).update();
        String base = "http://localhost:" + port;
        IdentityProvider.allow(base, PROVIDER);
        try (Browser b = Browser.open(1280, 900)) {
            b.driver.get(base + "/login");
            b.driver.findElement(By.id("sso-province")).click();
            b.waitUntil(ExpectedConditions.urlContains(IdentityProvider.issuer()));
            b.driver.findElement(By.id("username")).sendKeys("zhang");
            b.driver.findElement(By.id("password")).sendKeys(IdentityProvider.PASSWORD);
            b.driver.findElement(By.cssSelector("button[type=submit]")).click();
            b.waitUntil(ExpectedConditions.urlContains(base));
            b.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            b.driver.get(base + "/dashboard");
            b.screenshot("sso-dashboard");
            assertThat(b.driver.getCurrentUrl()).endsWith("/dashboard");
            assertThat(b.driver.getPageSource()).contains(leader);
        }
    }
}
