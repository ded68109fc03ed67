package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 三权分立 (issue 10): the system administrator keeps accounts but grants no roles and reads no
 * audit; the security administrator grants roles, never to himself; the auditor reads the audit
 * only. No single account can grant itself a role, read the audit and change business data.
 */
@DubanTest
class SeparationOfDutiesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private int status(MockHttpServletRequestBuilder r, String user) throws Exception {
        return mvc.perform(r.with(TestUsers.api(user))).andReturn().getResponse().getStatus();
    }

    @Test
    void theAdministratorCreatesAccountsAndTheSecurityAdministratorGrantsTheirRoles() throws Exception {
        TestUsers.County c = users.county();
        String admin = users.user(c, c.office(), Role.ADMIN);
        String security = users.user(c, c.office(), Role.SECURITY_ADMIN);
        String body = mvc.perform(post("/api/users").with(TestUsers.api(admin)).contentType("application/json")
                .content("{\"username\":\"new_" + c.tag() + "\",\"displayName\":\"新联络员\",\"organisationId\":" + c.townA().id()
                        + ",\"role\":\"SUPERVISOR\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        UserAccount created = accounts.find("new_" + c.tag()).orElseThrow();
        assertThat(created.role()).as("whatever the request said, no role until granted").isEqualTo(Role.PENDING);
        assertThat(body).as("the administrator is told no password that will carry rights").doesNotContain("initialPassword");

        String grant = "{\"role\":\"LIAISON\"}";
        assertThat(status(put("/api/users/" + created.id() + "/role").contentType("application/json").content(grant), admin))
                .as("the administrator grants no roles").isEqualTo(403);
        var granted = mvc.perform(put("/api/users/" + created.id() + "/role").with(TestUsers.api(security))
                .contentType("application/json").content(grant)).andReturn().getResponse();
        assertThat(granted.getStatus()).isEqualTo(200);
        // The first role brings the first password, shown to the security administrator only.
        String initial = granted.getContentAsString(StandardCharsets.UTF_8).replaceAll(".*\"initialPassword\":\"([^\"]+)\".*", "$1");
        assertThat(PasswordPolicy.problem(initial)).isNull();
        assertThat(mvc.perform(SecurityMockMvcRequestBuilders.formLogin()
                .user(created.username()).password(initial)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.find(created.id()).orElseThrow().role()).isEqualTo(Role.LIAISON);
        assertThat(jdbc.sql("select count(*) from audit_event where action = '授予角色' and entity_id = :id")
                .param("id", created.id()).query(Long.class).single()).isEqualTo(1);

        long self = accounts.find(security).orElseThrow().id();
        assertThat(status(put("/api/users/" + self + "/role").contentType("application/json").content("{\"role\":\"SUPERVISOR\"}"),
                security)).as("never to himself").isEqualTo(422);
        assertThat(accounts.find(security).orElseThrow().role()).isEqualTo(Role.SECURITY_ADMIN);
    }

    @Test
    void noSingleAccountGrantsItselfARoleReadsTheAuditAndChangesBusinessData() throws Exception {
        TestUsers.County c = users.county();
        for (Role role : Role.values()) {
            String user = users.user(c, role == Role.LIAISON || role == Role.UNIT_HEAD ? c.townA() : c.office(), role);
            long self = accounts.find(user).orElseThrow().id();
            boolean grantsItself = status(put("/api/users/" + self + "/role").contentType("application/json")
                    .content("{\"role\":\"SUPERVISOR\"}"), user) == 200;
            boolean readsAudit = status(get("/api/audit"), user) == 200;
            int write = status(post("/api/organisations").contentType("application/json").content(
                    "{\"name\":\"试建" + role.name().toLowerCase() + "\",\"kind\":\"VILLAGE\",\"parentId\":" + c.townB().id() + "}"), user);
            boolean changesData = write == 200 || write == 201;
            assertThat(grantsItself).as("%s grants itself a role", role).isFalse();
            assertThat(readsAudit && changesData).as("%s reads the audit and changes data", role).isFalse();
            assertThat(readsAudit).as("%s reads the audit", role).isEqualTo(role == Role.AUDITOR);
        }
    }

    /**
     * Issue 22, item 8: the administrator reset a business account's password, signed in with it and
     * read business data; and disabled or reset the auditor alone. Now each is a request that another of
     * the three confirms, and the temporary password reaches only the one who confirms.
     */
    @Test
    void theAdministratorAsksAndAnotherConfirms() throws Exception {
        TestUsers.County c = users.county();
        String admin = users.user(c, c.office(), Role.ADMIN);
        String security = users.user(c, c.office(), Role.SECURITY_ADMIN);
        String auditor = users.user(c, c.office(), Role.AUDITOR);
        String liaison = users.user(c, c.townA(), Role.LIAISON);
        long liaisonId = accounts.find(liaison).orElseThrow().id();

        var asked = mvc.perform(post("/api/users/" + liaisonId + "/reset").with(TestUsers.api(admin))).andReturn().getResponse();
        String askedBody = asked.getContentAsString(StandardCharsets.UTF_8);
        assertThat(asked.getStatus()).isEqualTo(202);
        assertThat(askedBody).doesNotContain("initialPassword");
        String request = askedBody.replaceAll("(?s).*\"request\":\\{\"id\":(\\d+).*", "$1");
        assertThat(accounts.find(liaison).orElseThrow().mustChangePassword()).as("nothing changed yet").isFalse();
        assertThat(mvc.perform(get("/api/plans").with(httpBasic(liaison, TestUsers.PASSWORD))).andReturn().getResponse().getStatus())
                .as("the owner still signs in with his own password").isEqualTo(200);
        assertThat(status(post("/api/account-requests/" + request + "/confirm"), admin)).as("not by the one who asked").isEqualTo(403);
        assertThat(status(post("/api/account-requests/" + request + "/confirm"), auditor)).as("not by the wrong one of the three")
                .isEqualTo(403);
        String confirmed = mvc.perform(post("/api/account-requests/" + request + "/confirm").with(TestUsers.api(security)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirmed).contains("initialPassword", "CONFIRMED");
        assertThat(accounts.find(liaison).orElseThrow().mustChangePassword()).isTrue();
        assertThat(status(post("/api/account-requests/" + request + "/confirm"), security)).as("once").isEqualTo(422);

        // The auditor: disabled only when the security administrator confirms.
        long auditorId = accounts.find(auditor).orElseThrow().id();
        var disable = mvc.perform(put("/api/users/" + auditorId + "/enabled").with(TestUsers.api(admin)).contentType("application/json")
                .content("{\"enabled\":false}")).andReturn().getResponse();
        assertThat(disable.getStatus()).isEqualTo(202);
        assertThat(accounts.find(auditor).orElseThrow().enabled()).isTrue();
        String disableRequest = disable.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*\"request\":\\{\"id\":(\\d+).*", "$1");
        assertThat(status(post("/api/account-requests/" + disableRequest + "/confirm"), auditor)).as("not by himself").isEqualTo(403);
        assertThat(status(post("/api/account-requests/" + disableRequest + "/confirm"), security)).isEqualTo(200);
        assertThat(accounts.find(auditor).orElseThrow().enabled()).isFalse();

        // The security administrator: his account's steps are confirmed by the auditor of the county.
        String otherAuditor = users.user(c, c.county(), Role.AUDITOR);
        long securityId = accounts.find(security).orElseThrow().id();
        var reset = mvc.perform(post("/api/users/" + securityId + "/reset").with(TestUsers.api(admin))).andReturn().getResponse();
        String resetRequest = reset.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*\"request\":\\{\"id\":(\\d+).*", "$1");
        assertThat(status(post("/api/account-requests/" + resetRequest + "/confirm"), security)).isEqualTo(403);
        assertThat(status(post("/api/account-requests/" + resetRequest + "/confirm"), otherAuditor)).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action in ('提出账号处置申请', '确认账号处置申请') and entity = 'account_request'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(6);
    }
}
