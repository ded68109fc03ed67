package cn.duban;

import cn.duban.org.Organisation;
import cn.duban.org.OrganisationKind;
import cn.duban.org.Organisations;
import cn.duban.security.ApiTokens;
import cn.duban.security.Role;
import cn.duban.security.TotpCodes;
import cn.duban.security.UserAccounts;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds what a test needs: its own county (so tests never see each other's rows) and users in
 * it with a known password that has already been changed.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "Test#Pass2025";

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /**
     * The live instances, newest last: a test that starts a second application context (two nodes
     * on one database) makes another, which goes when that context closes.
     */
    private static final Deque<TestUsers> LIVE = new ConcurrentLinkedDeque<>();
    private final ApiTokens tokens;

    TestUsers(UserAccounts accounts, Organisations organisations, JdbcClient jdbc, TransactionTemplate tx,
            ApiTokens apiTokens) {
        this.tokens = apiTokens;
        LIVE.addLast(this);
        this.accounts = accounts;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A county with an office, two townships and a department, named uniquely for this test. */
    public record County(Organisation county, Organisation office, Organisation townA, Organisation townB,
            Organisation department, String tag) {
    }

    public County county() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        return tx.execute(s -> {
            Organisation county = organisations.add("测试县" + tag, OrganisationKind.COUNTY, null);
            return new County(county,
                    organisations.add("县政府督查室", OrganisationKind.OFFICE, county.id()),
                    organisations.add("甲镇", OrganisationKind.TOWNSHIP, county.id()),
                    organisations.add("乙镇", OrganisationKind.TOWNSHIP, county.id()),
                    organisations.add("县农业农村局", OrganisationKind.DEPARTMENT, county.id()), tag);
        });
    }

    /**
     * Three levels for issue 13: a city with its office and two counties (甲县 with an office and
     * two townships, 东镇 and 西镇; 乙县 bare), named uniquely for this test. {@code users} is the
     * handle {@link #user} takes for all of them.
     */
    public record City(Organisation city, Organisation cityOffice, Organisation county, Organisation county2,
            Organisation countyOffice, Organisation townA, Organisation townB, County users) {
    }

    public City city() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        return tx.execute(s -> {
            Organisation city = organisations.add("测试市" + tag, OrganisationKind.CITY, null);
            Organisation cityOffice = organisations.add("市委督查室", OrganisationKind.OFFICE, city.id());
            Organisation county = organisations.add("甲县", OrganisationKind.COUNTY, city.id());
            Organisation county2 = organisations.add("乙县", OrganisationKind.COUNTY, city.id());
            Organisation countyOffice = organisations.add("县政府督查室", OrganisationKind.OFFICE, county.id());
            Organisation townA = organisations.add("东镇", OrganisationKind.TOWNSHIP, county.id());
            Organisation townB = organisations.add("西镇", OrganisationKind.TOWNSHIP, county.id());
            return new City(city, cityOffice, county, county2, countyOffice, townA, townB,
                    new County(county, countyOffice, townA, townB, countyOffice, tag));
        });
    }

    /** A user who has changed the initial password to {@link #PASSWORD}. */
    public String user(County c, Organisation unit, Role role) {
        String username = role.name().toLowerCase() + "_" + c.tag() + "_" + unit.id();
        if (accounts.find(username).isEmpty()) {
            tx.executeWithoutResult(s -> accounts.create(username, username, unit.id(), role, PASSWORD));
            jdbc.sql("update app_user set must_change_password = false where username = :u").param("u", username).update();
        }
        return username;
    }

    /** A user still holding the initial password {@link #PASSWORD}. */
    public String newUser(County c, Organisation unit, Role role) {
        String username = "new_" + role.name().toLowerCase() + "_" + c.tag() + "_" + unit.id();
        tx.executeWithoutResult(s -> accounts.create(username, username, unit.id(), role, PASSWORD));
        return username;
    }

    /**
     * An API call as {@code username}, by an access token as programs call the API (a password by
     * Basic is refused for the roles that must use two factors). One token per user, made on first use.
     */
    public static RequestPostProcessor api(String username) {
        TestUsers self = LIVE.peekFirst();
        String token = TOKENS.computeIfAbsent(username, u -> self.tx.execute(status -> self.tokens.issue(
                self.accounts.find(u).orElseThrow(() -> new IllegalArgumentException("no user " + u)).id(), "测试", 30).secret()));
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** Forgets the token made for {@code username} (after a test revoked it), so the next call makes a new one. */
    public static void forgetToken(String username) {
        TOKENS.remove(username);
    }

    /**
     * A browser session signed in as a person signs in: the password, then the second factor where
     * the account has or needs one (set up on first use, as the office must). The test plays the phone.
     */
    public static MockHttpSession signedIn(MockMvc mvc, String username)
            throws Exception {
        var login = mvc.perform(SecurityMockMvcRequestBuilders.formLogin()
                .user(username).password(PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        String next = mvc.perform(MockMvcRequestBuilders.get("/").session(session))
                .andReturn().getResponse().getRedirectedUrl();
        if ("/account/two-factor".equals(next)) {
            String page = mvc.perform(MockMvcRequestBuilders.get(next).session(session))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no enrolment key on the page");
            }
            TotpCodes.remember(username, m.group(1));
            mvc.perform(MockMvcRequestBuilders.post(next).session(session)
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("code", TotpCodes.next(username)));
        } else if ("/login/second-factor".equals(next)) {
            var passed = mvc.perform(MockMvcRequestBuilders.post(next).session(session)
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("code", TotpCodes.next(username))).andReturn();
            session = (MockHttpSession) passed.getRequest().getSession();
        }
        return session;
    }

    /**
     * A password reset as 三权分立 has it: the administrator asks, the security administrator confirms
     * and receives the temporary password (returned), which the administrator never sees.
     */
    public static String confirmedReset(MockMvc mvc, String admin, String security, long userId)
            throws Exception {
        var asked = mvc.perform(MockMvcRequestBuilders.post("/api/users/" + userId + "/reset")
                .with(api(admin))).andReturn().getResponse();
        String body = asked.getContentAsString(StandardCharsets.UTF_8);
        if (asked.getStatus() != 202 || body.contains("initialPassword")) {
            throw new IllegalStateException("the reset was not a request: " + asked.getStatus() + " " + body);
        }
        String request = body.replaceAll("(?s).*\"request\":\\{\"id\":(\\d+).*", "$1");
        String confirmed = mvc.perform(MockMvcRequestBuilders
                .post("/api/account-requests/" + request + "/confirm").with(api(security))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return confirmed.replaceAll("(?s).*\"initialPassword\":\"([^\"]+)\".*", "$1");
    }

    @PreDestroy
    void closed() {
        LIVE.remove(this);
    }
}
