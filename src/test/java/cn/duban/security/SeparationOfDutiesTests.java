package cn.duban.security;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
        assertThat(body).contains("initialPassword");

        String grant = "{\"role\":\"LIAISON\"}";
        assertThat(status(put("/api/users/" + created.id() + "/role").contentType("application/json").content(grant), admin))
                .as("the administrator grants no roles").isEqualTo(403);
        assertThat(status(put("/api/users/" + created.id() + "/role").contentType("application/json").content(grant), security))
                .isEqualTo(200);
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
}
