package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.ledger.Plans;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Spring maps × every role: a role outside an endpoint's row gets 403, a role
 * inside it never does. An endpoint missing from the matrix fails the test, so a new one
 * cannot ship without a decision. Rows of another county never show.
 */
@DubanTest
class AuthorisationMatrixTests {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> LEDGER = EnumSet.of(Role.SUPERVISOR, Role.LIAISON, Role.UNIT_HEAD, Role.LEADER);
    private static final Set<Role> OFFICE_AND_LEADERS = EnumSet.of(Role.SUPERVISOR, Role.LEADER);

    /**
     * One row of the matrix, typed once: with 275 rows of Set and EnumSet values, leaving javac to infer the entries' type
     * failed a full build on this machine once ("inference variable K has incompatible bounds") where the same source had compiled.
     */
    private static Map.Entry<String, Set<Role>> entry(String call, Set<Role> roles) {
        return Map.entry(call, roles);
    }

    /** "METHOD path" → the roles that may call it. */
    private static final Map<String, Set<Role>> MATRIX = Map.<String, Set<Role>>ofEntries(
            entry("GET /", ALL),
            entry("GET /login", ALL),
            entry("GET /sso/{provider}", ALL),
            entry("GET /dingtalk", ALL),
            entry("GET /dingtalk/sign-in", ALL),
            entry("POST /organisations/dingtalk", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("POST /api/organisations/dingtalk", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("GET /security/identities", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("POST /security/identities", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("POST /security/identities/unlink", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("GET /api/security/identities", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("POST /api/security/identities", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("DELETE /api/security/identities/{provider}/{subject}", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("GET /password", ALL),
            entry("POST /password", ALL),
            entry("GET /extract", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /extract", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/extractions", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /extract/corrections", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/extractions/corrections", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/extractions/corrections.jsonl", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /plans", LEDGER),
            entry("GET /plans/{id}", LEDGER),
            entry("GET /api/plans", LEDGER),
            entry("GET /api/plans/{id}", LEDGER),
            entry("GET /plans/import", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /plans/import", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /plans/import/{id}", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /plans/import/{id}", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /plans/import/{id}/report/{which}", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /plans/{id}/export", LEDGER),
            entry("GET /api/plans/{id}/export", LEDGER),
            entry("GET /plans/excel", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /plans/excel", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/plans/excel", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /plans/{id}/excel", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /plans/{id}/excel", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /plans/{id}/excel/apply", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/plans/{id}/excel", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /tasks/{id}/edit", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /tasks/{id}", EnumSet.of(Role.SUPERVISOR)),
            entry("PUT /api/tasks/{id}", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /tasks/{id}/year-targets", EnumSet.of(Role.SUPERVISOR)),
            entry("PUT /api/tasks/{id}/year-targets", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /organisations", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("POST /organisations", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("POST /organisations/excel", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("POST /organisations/{id}/members", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("POST /api/organisations/{id}/members", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("GET /api/organisations", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("POST /api/organisations", EnumSet.of(Role.SUPERVISOR, Role.ADMIN)),
            entry("GET /users", EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR)),
            entry("GET /plans/{id}/close-out", LEDGER),
            entry("GET /api/plans/{id}/close-out", LEDGER),
            entry("POST /plans/{id}/close-out", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/plans/{id}/close-out", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /users/requests/{id}/confirm", EnumSet.of(Role.SECURITY_ADMIN, Role.AUDITOR)),
            entry("POST /users/requests/{id}/refuse", EnumSet.of(Role.SECURITY_ADMIN, Role.AUDITOR)),
            entry("GET /api/account-requests", EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR)),
            entry("POST /api/account-requests/{id}/confirm", EnumSet.of(Role.SECURITY_ADMIN, Role.AUDITOR)),
            entry("POST /api/account-requests/{id}/refuse", EnumSet.of(Role.SECURITY_ADMIN, Role.AUDITOR)),
            entry("POST /users/{id}/role", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("PUT /api/users/{id}/role", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("GET /pending", ALL),
            // Every account's own security: its second factor and its API tokens.
            entry("GET /login/second-factor", ALL),
            entry("POST /login/second-factor", ALL),
            entry("GET /account/two-factor", ALL),
            entry("POST /account/two-factor", ALL),
            entry("POST /account/two-factor/recovery-codes", ALL),
            entry("POST /account/two-factor/remove", ALL),
            entry("POST /account/tokens", ALL),
            entry("POST /account/passkeys/options", ALL),
            entry("POST /account/passkeys", ALL),
            entry("POST /account/passkeys/delete", ALL),
            entry("POST /login/second-factor/passkey/options", ALL),
            entry("POST /login/second-factor/passkey", ALL),
            entry("POST /account/tokens/{id}/revoke", ALL),
            entry("GET /api/account/tokens", ALL),
            entry("POST /api/account/tokens", ALL),
            entry("DELETE /api/account/tokens/{id}", ALL),
            entry("POST /users/{id}/second-factor/reset", EnumSet.of(Role.SECURITY_ADMIN)),
            entry("POST /users", EnumSet.of(Role.ADMIN)),
            entry("GET /admin/backups", EnumSet.of(Role.ADMIN)),
            entry("POST /admin/backups", EnumSet.of(Role.ADMIN)),
            entry("GET /api/admin/backups", EnumSet.of(Role.ADMIN)),
            entry("POST /api/admin/backups", EnumSet.of(Role.ADMIN)),
            entry("GET /api/users", EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN)),
            entry("POST /users/{id}/reset", EnumSet.of(Role.ADMIN)),
            entry("POST /users/{id}/enabled", EnumSet.of(Role.ADMIN)),
            entry("POST /api/users/{id}/reset", EnumSet.of(Role.ADMIN)),
            entry("PUT /api/users/{id}/enabled", EnumSet.of(Role.ADMIN)),
            entry("POST /api/users", EnumSet.of(Role.ADMIN)),
            entry("GET /reports", LEDGER),
            entry("POST /reports/open", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("GET /reports/{id}", LEDGER),
            entry("POST /reports/{id}", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("POST /reports/{id}/approve", EnumSet.of(Role.UNIT_HEAD)),
            entry("POST /reports/{id}/accept", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /reports/{id}/return", EnumSet.of(Role.UNIT_HEAD, Role.SUPERVISOR)),
            entry("POST /reports/{id}/correct", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("POST /reports/{id}/evidence", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            // Report once (issue 25): the unit's own 工作汇报 read for its report, by the liaison who fills it.
            entry("POST /reports/{id}/document", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("POST /api/reports/{id}/document", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("GET /evidence/{id}", LEDGER),
            entry("GET /evidence/{id}/preview", LEDGER),
            entry("GET /progress/tasks/{id}", LEDGER),
            entry("GET /dashboard", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /ranking", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /periods/{id}/freeze", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /plans/{id}/reporting", LEDGER),
            entry("POST /plans/{id}/reporting", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /plans/{id}/span", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/reports", LEDGER),
            entry("GET /api/reports/{id}", LEDGER),
            entry("POST /api/reports/open", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("PUT /api/reports/{id}", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("POST /api/reports/{id}/submit", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("POST /api/reports/{id}/approve", EnumSet.of(Role.UNIT_HEAD)),
            entry("POST /api/reports/{id}/accept", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/reports/{id}/return", EnumSet.of(Role.UNIT_HEAD, Role.SUPERVISOR)),
            entry("POST /api/reports/{id}/corrections", EnumSet.of(Role.LIAISON, Role.SUPERVISOR)),
            entry("GET /api/dashboard", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /api/periods/{id}/ranking", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /api/periods/{id}/freeze", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/plans/{id}/reporting", LEDGER),
            entry("GET /api/plans/{id}/reporting/burden", LEDGER),
            entry("PUT /api/plans/{id}/reporting", EnumSet.of(Role.SUPERVISOR)),
            entry("PUT /api/plans/{id}/span", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /notifications", LEDGER),
            entry("GET /api/notifications", LEDGER),
            entry("POST /notifications/{id}/read", LEDGER),
            entry("POST /notifications/contacts", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /notifications/contacts/{id}/delete", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /notifications/contacts/{id}/test", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/notifications/contacts", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/notifications/contacts", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/notifications/contacts/{id}/test", EnumSet.of(Role.SUPERVISOR)),
            entry("DELETE /api/notifications/contacts/{id}", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /inspections", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /inspections", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /inspections/new", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /feedback", EnumSet.of(Role.SUPERVISOR, Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /feedback", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("GET /api/feedback", EnumSet.of(Role.SUPERVISOR, Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /api/feedback", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("GET /inspections/{id}", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /inspections/{id}/files", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /inspections/{id}/findings", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /inspections/{id}/actions", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /rectifications", LEDGER),
            entry("GET /rectifications/{id}", LEDGER),
            entry("POST /rectifications/{id}/report", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /rectifications/{id}/close", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /rectifications/{id}/return", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /supervision-files/{id}", LEDGER),
            entry("GET /problems", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /api/inspections", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /api/inspections", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/inspections/{id}", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /api/inspections/{id}/findings", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/inspections/{id}/actions", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/rectifications", LEDGER),
            entry("GET /api/rectifications/rates", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /api/rectifications/{id}/reports", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /api/rectifications/{id}/close", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/rectifications/{id}/return", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/problems", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /documents", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /documents/preview", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /documents", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /documents/{id}/download", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /documents/{id}/ofd", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /documents/ledger", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("GET /api/periods/{id}/ledger", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /api/periods/{id}/documents", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/periods/{id}/documents", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            // The office's paperwork (issue 12).
            entry("GET /assignments", LEDGER),
            entry("POST /assignments", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /assignments/{id}", LEDGER),
            entry("GET /assignments/{id}/document", LEDGER),
            entry("GET /assignments/{id}/ofd", LEDGER),
            entry("POST /assignments/{id}/sign", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /assignments/{id}/progress", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /assignments/{id}/closing", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /assignments/{id}/return", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /assignments/{id}/close", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /instructions/new", EnumSet.of(Role.LEADER)),
            entry("POST /instructions", EnumSet.of(Role.LEADER)),
            entry("GET /instructions/{id}", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /instructions/{id}/assign", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /leader", EnumSet.of(Role.LEADER)),
            entry("GET /extensions", LEDGER),
            entry("POST /extensions", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD, Role.SUPERVISOR)),
            entry("POST /extensions/{id}/approve", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /extensions/{id}/refuse", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/instructions", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /api/instructions", EnumSet.of(Role.LEADER)),
            entry("POST /api/instructions/{id}/assignments", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/assignments", LEDGER),
            entry("GET /api/assignments/{id}", LEDGER),
            entry("POST /api/assignments", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/assignments/{id}/sign", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /api/assignments/{id}/progress", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /api/assignments/{id}/closing", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /api/assignments/{id}/close", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/assignments/{id}/return", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/leader/tasks", EnumSet.of(Role.LEADER)),
            entry("GET /api/extensions", LEDGER),
            entry("POST /api/extensions", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD, Role.SUPERVISOR)),
            entry("POST /api/extensions/{id}/approve", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/extensions/{id}/refuse", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /tasks/{id}/press", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/tasks/{id}/press", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /urging", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /urging/{period}", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /api/periods/{id}/reporting-overview", EnumSet.of(Role.SUPERVISOR, Role.LEADER)),
            entry("POST /api/periods/{id}/urge", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /notices/{id}/document", LEDGER),
            entry("GET /notices/{id}/ofd", LEDGER),
            entry("GET /levels", OFFICE_AND_LEADERS),
            entry("GET /api/levels", OFFICE_AND_LEADERS),
            entry("POST /levels/received/{id}/sign", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/levels/received/{id}/sign", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /levels/tasks/{id}/assign", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /levels/tasks/{id}/split", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /levels/tasks/{id}/assign", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /levels/tasks/{id}/split", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/levels/tasks/{id}/assign", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/levels/tasks/{id}/split", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /levels/plans/{id}/assign", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /levels/tasks/{id}/adjustment", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/levels/tasks/{id}/adjustments", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /levels/adjustments/{id}/approve", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /levels/adjustments/{id}/refuse", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/levels/adjustments/{id}/approve", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/levels/adjustments/{id}/refuse", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /levels/plans/{id}/assign", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/levels/plans/{id}/assign", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /levels/tasks/{id}", OFFICE_AND_LEADERS),
            entry("GET /api/levels/tasks/{id}", OFFICE_AND_LEADERS),
            entry("GET /levels/tasks/{id}/export", OFFICE_AND_LEADERS),
            entry("GET /assessment", OFFICE_AND_LEADERS),
            entry("GET /api/assessment", OFFICE_AND_LEADERS),
            entry("POST /assessment/scheme", EnumSet.of(Role.SUPERVISOR)),
            entry("PUT /api/assessment/scheme", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /assessment/items", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/assessment/items", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /assessment/items/{id}/withdraw", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/assessment/items/{id}/withdraw", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /assessment/units/{id}", OFFICE_AND_LEADERS),
            entry("GET /api/assessment/units/{id}", OFFICE_AND_LEADERS),
            entry("GET /assessment/export", OFFICE_AND_LEADERS),
            entry("GET /api/assessment/export", OFFICE_AND_LEADERS),
            entry("GET /assessment/bulletin", OFFICE_AND_LEADERS),
            entry("GET /api/assessment/bulletin", OFFICE_AND_LEADERS),
            entry("GET /assessment/bulletin/ofd", OFFICE_AND_LEADERS),
            entry("GET /api/assessment/bulletin/ofd", OFFICE_AND_LEADERS),
            entry("GET /task-list", LEDGER),
            entry("GET /api/task-list", LEDGER),
            entry("GET /task-list/export", LEDGER),
            entry("GET /api/task-list/export", LEDGER),
            entry("POST /task-list/views", LEDGER),
            entry("POST /task-list/views/{id}/delete", LEDGER),
            entry("POST /progress/tasks/{id}/sign", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /progress/tasks/{id}/closing", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /progress/tasks/{id}/close", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /progress/tasks/{id}/return-closing", EnumSet.of(Role.SUPERVISOR)),
            entry("POST /api/progress/tasks/{id}/sign", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /api/progress/tasks/{id}/closing", EnumSet.of(Role.LIAISON, Role.UNIT_HEAD)),
            entry("POST /api/progress/tasks/{id}/close", EnumSet.of(Role.SUPERVISOR)),
            entry("GET /audit", EnumSet.of(Role.AUDITOR)),
            entry("GET /api/audit", EnumSet.of(Role.AUDITOR)),
            entry("GET /api/audit/verification", EnumSet.of(Role.AUDITOR)),
            entry("GET /audit/export.csv", EnumSet.of(Role.AUDITOR)),
            entry("POST /audit/verification", EnumSet.of(Role.AUDITOR)));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestUsers.County own;
    TestUsers.County foreign;
    long ownPlan;
    long ownTask;
    long victim;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    long foreignPlan;

    @BeforeEach
    void twoCounties() {
        own = users.county();
        foreign = users.county();
        ownPlan = plan(own, own.townA().id());
        ownTask = jdbc.sql("select min(id) from task where plan_id = :p").param("p", ownPlan).query(Long.class).single();
        // A user the administrator's calls may reset or disable without touching anyone the test signs in as.
        victim = accounts.find(users.newUser(own, own.townB(), Role.LEADER)).orElseThrow().id();
        foreignPlan = plan(foreign, foreign.townA().id());
    }

    private long plan(TestUsers.County c, long lead) {
        return tx.execute(s -> plans.create("测试计划" + c.tag(), 2025, c.county().id(), "t.txt", c.tag(), "", "test",
                List.of(new Plans.NewTask("1", "甲镇的任务", "", lead, List.of(), null, List.of(), null, null),
                        new Plans.NewTask("2", "县农业农村局的任务", "", c.department().id(), List.of(), null, List.of(), null, null))));
    }

    @Test
    void everyMappedEndpointIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("cn.duban")) {
                return; // springdoc's and Spring Boot's own endpoints
            }
            for (String path : info.getPatternValues()) {
                for (var m : info.getMethodsCondition().getMethods()) {
                    mapped.add(m.name() + " " + path);
                }
            }
        });
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void noRoleReachesAnEndpointOutsideItsRow() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String user = users.user(own, role == Role.LIAISON || role == Role.UNIT_HEAD ? own.townA() : own.office(), role);
            for (Map.Entry<String, Set<Role>> e : MATRIX.entrySet()) {
                if (e.getKey().equals("GET /login")) {
                    continue;
                }
                int status = mvc.perform(call(e.getKey()).with(TestUsers.api(user))).andReturn()
                        .getResponse().getStatus();
                boolean allowed = e.getValue().contains(role);
                if (allowed == (status == 403) || status == 401 || status >= 500) {
                    wrong.add(role + " " + e.getKey() + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void unitsSeeTheirOwnTasksAndNoOtherCountysRows() throws Exception {
        String office = users.user(own, own.office(), Role.SUPERVISOR);
        String townA = users.user(own, own.townA(), Role.LIAISON);
        String townB = users.user(own, own.townB(), Role.LIAISON);
        String department = users.user(own, own.department(), Role.UNIT_HEAD);

        assertThat(body("/api/plans", office)).contains("测试计划" + own.tag()).doesNotContain("测试计划" + foreign.tag());
        assertThat(body("/api/plans/" + ownPlan, office)).contains("甲镇的任务", "县农业农村局的任务");
        assertThat(body("/api/plans/" + ownPlan, townA)).contains("甲镇的任务").doesNotContain("县农业农村局的任务");
        assertThat(body("/api/plans/" + ownPlan, department)).contains("县农业农村局的任务").doesNotContain("甲镇的任务");
        assertThat(body("/api/plans", townB)).doesNotContain("测试计划" + own.tag());
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/plans/" + ownPlan).with(TestUsers.api(townB)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/plans/" + foreignPlan).with(TestUsers.api(office)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(body("/api/organisations", office)).contains("测试县" + own.tag()).doesNotContain("测试县" + foreign.tag());
    }

    @Test
    void noUnitWritesOrExportsAnotherCountysOrASiblingsRows() throws Exception {
        String foreignOffice = users.user(foreign, foreign.office(), Role.SUPERVISOR);
        String townB = users.user(own, own.townB(), Role.LIAISON);
        String edit = """
                {"title":"越权修改","leadOrgId":%d,"version":0}""".formatted(foreign.townA().id());
        assertThat(mvc.perform(request(HttpMethod.PUT, "/api/tasks/" + ownTask).with(TestUsers.api(foreignOffice))
                .contentType(MediaType.APPLICATION_JSON).content(edit)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(request(HttpMethod.PUT, "/api/tasks/" + ownTask).with(TestUsers.api(townB))
                .contentType(MediaType.APPLICATION_JSON).content(edit)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select title from task where id = :t").param("t", ownTask).query(String.class).single())
                .isEqualTo("甲镇的任务");

        assertThat(mvc.perform(request(HttpMethod.GET, "/api/plans/" + ownPlan + "/export").with(TestUsers.api(foreignOffice)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/plans/" + ownPlan + "/export").with(TestUsers.api(townB)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        String townA = users.user(own, own.townA(), Role.LIAISON);
        byte[] sheet = mvc.perform(request(HttpMethod.GET, "/api/plans/" + ownPlan + "/export").with(TestUsers.api(townA)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            // A title row and the 制表 line above the header, then the one task.
            assertThat(wb.getSheetAt(0).getLastRowNum()).as("townA's export holds its own task only").isEqualTo(3);
            assertThat(wb.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("甲镇的任务");
        }
        String organisationBody = """
                {"name":"越权镇","kind":"TOWNSHIP","parentId":%d}""".formatted(own.county().id());
        assertThat(mvc.perform(request(HttpMethod.POST, "/api/organisations").with(TestUsers.api(foreignOffice))
                .contentType(MediaType.APPLICATION_JSON).content(organisationBody)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private String body(String path, String user) throws Exception {
        return mvc.perform(request(HttpMethod.GET, path).with(TestUsers.api(user))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder call(String key) {
        String[] parts = key.split(" ");
        // A token id that is nobody's: the caller's own token may share the plan's id, and revoking it would sign him out.
        String path = parts[1].replace("/plans/import/{id}", "/plans/import/no-such-proposal").replace("/tokens/{id}", "/tokens/0")
                .replace("/requests/{id}", "/requests/0")
                .replace("/tasks/{id}", "/tasks/" + ownTask).replace("/users/{id}", "/users/" + victim)
                .replace("{id}", String.valueOf(ownPlan)).replace("{period}", "0").replace("{which}", "0")
                .replace("{provider}", "province").replace("{subject}", "no-such-identity");
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(parts[0]), path);
        return !parts[0].equals("GET") && path.startsWith("/api/") ? b.contentType(MediaType.APPLICATION_JSON).content("{}") : b;
    }
}
