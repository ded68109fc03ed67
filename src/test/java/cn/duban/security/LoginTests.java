package cn.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@DubanTest
class LoginTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    TestUsers.County county;

    @BeforeEach
    void county() {
        county = users.county();
    }

    @Test
    void nothingIsShownWithoutSigningIn() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("用户名")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThirtyMinutes() throws Exception {
        String name = users.user(county, county.townA(), Role.LIAISON);
        for (int i = 0; i < 5; i++) {
            mvc.perform(wrongLogin(name))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(name).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
        UserAccount locked = accounts.find(name).orElseThrow();
        assertThat(locked.lockedUntil()).isAfter(OffsetDateTime.now().plusMinutes(29));
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() throws Exception {
        String name = users.user(county, county.townB(), Role.LIAISON);
        mvc.perform(wrongLogin(name)).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin().user(name).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(accounts.find(name).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = users.newUser(county, county.townA(), Role.LIAISON);
        mvc.perform(get("/plans").with(httpBasic(name, TestUsers.PASSWORD)))
                .andExpect(redirectedUrl("/password"));
        mvc.perform(get("/api/plans").with(httpBasic(name, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("请先登录网页修改初始密码（或已过期的密码）"));

        mvc.perform(post("/password").with(httpBasic(name, TestUsers.PASSWORD)).with(csrf())
                .param("current", TestUsers.PASSWORD).param("next", "abcdefghijkl").param("repeat", "abcdefghijkl"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("至少三类")));
        mvc.perform(post("/password").with(httpBasic(name, TestUsers.PASSWORD)).with(csrf())
                .param("current", TestUsers.PASSWORD).param("next", "New#Pass2025").param("repeat", "New#Pass2025"))
                .andExpect(redirectedUrl("/login?changed"));
        assertThat(accounts.find(name).orElseThrow().mustChangePassword()).isFalse();
        mvc.perform(get("/api/plans").with(httpBasic(name, "New#Pass2025"))).andExpect(status().isOk());
    }

    @Test
    void theAdministratorResetsAndDisablesAccounts() throws Exception {
        String admin = users.user(county, county.office(), Role.ADMIN);
        String name = users.user(county, county.townA(), Role.UNIT_HEAD);
        long id = accounts.find(name).orElseThrow().id();

        String security = users.user(county, county.office(), Role.SECURITY_ADMIN);
        String initial = TestUsers.confirmedReset(mvc, admin, security, id);
        assertThat(accounts.find(name).orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(get("/plans").with(httpBasic(name, initial))).andExpect(redirectedUrl("/password"));

        mvc.perform(MockMvcRequestBuilders.put("/api/users/" + id + "/enabled")
                .with(TestUsers.api(admin)).contentType("application/json").content("{\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(formLogin().user(name).password(initial)).andExpect(redirectedUrl("/login?error=disabled"));
        long adminId = accounts.find(admin).orElseThrow().id();
        mvc.perform(MockMvcRequestBuilders.put("/api/users/" + adminId + "/enabled")
                .with(TestUsers.api(admin)).contentType("application/json").content("{\"enabled\":false}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void formsNeedTheirCsrfToken() throws Exception {
        String name = users.user(county, county.office(), Role.SUPERVISOR);
        var session = mvc.perform(formLogin().user(name).password(TestUsers.PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(post("/organisations").session((MockHttpSession) session)
                .param("name", "丙镇").param("kind", "TOWNSHIP").param("parentId", String.valueOf(county.county().id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNewPasswordRepeatsNoneOfTheLastFiveAndAWrongCurrentPasswordCountsAsAFailedLogin() throws Exception {
        String name = users.user(county, county.department(), Role.LIAISON);
        String[] passwords = {"First#Pass2026", "Second#Pass2026", "Third#Pass2026", "Fourth#Pass2026", "Fifth#Pass2026"};
        String current = TestUsers.PASSWORD;
        for (String next : passwords) {
            accounts.changePassword(name, current, next);
            current = next;
        }
        for (String old : new String[]{passwords[0], passwords[2], passwords[4]}) {
            String c = current;
            Assertions.assertThatThrownBy(() -> accounts.changePassword(name, c, old))
                    .hasMessageContaining("最近 5 次");
        }
        accounts.changePassword(name, current, TestUsers.PASSWORD); // the sixth back is allowed again
        for (int i = 0; i < 5; i++) {
            Assertions.assertThatThrownBy(() -> accounts.changePassword(name, "Wrong#Current1", "Brand#New2026x"))
                    .isInstanceOf(AccountRejected.class);
        }
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).as("five wrong current passwords lock, as logins do").isNotNull();
    }

    @Test
    void aPasswordOlderThanNinetyDaysMustBeChanged() throws Exception {
        String name = users.user(county, county.townB(), Role.UNIT_HEAD);
        jdbc.sql("update app_user set password_changed_at = now() - interval '91 days' where username = :u").param("u", name).update();
        mvc.perform(get("/plans").with(httpBasic(name, TestUsers.PASSWORD))).andExpect(redirectedUrl("/password"));
        jdbc.sql("update app_user set password_changed_at = now() - interval '89 days' where username = :u").param("u", name).update();
        mvc.perform(get("/plans").with(httpBasic(name, TestUsers.PASSWORD))).andExpect(status().isOk());
    }

    /** A wrong password from an address of this test's own, so reruns within ten minutes do not meet the address limit. */
    private RequestBuilder wrongLogin(String name) {
        return post("/login").param("username", name).param("password", "wrong-Password1").with(csrf()).with(r -> {
            r.setRemoteAddr("10.66." + ThreadLocalRandom.current().nextInt(1, 255) + "."
                    + ThreadLocalRandom.current().nextInt(1, 255));
            return r;
        });
    }

    @Test
    void passwordsFollowThePolicy() {
        assertThat(PasswordPolicy.problem("Short1A#x")).contains("12");
        assertThat(PasswordPolicy.problem("alllowercase")).contains("三类");
        assertThat(PasswordPolicy.problem("Lower123Case")).isNull();
        assertThat(PasswordPolicy.problem("Wang.Fang2026x", "wang.fang")).contains("用户名");
        assertThat(PasswordPolicy.problem("Password2024!")).contains("常见");
        assertThat(PasswordPolicy.problem("Woaini1314520")).contains("常见"); // a common word with digits after it
        assertThat(PasswordPolicy.problem("Qwertyuiop1!")).contains("常见");
        for (int i = 0; i < 50; i++) {
            assertThat(PasswordPolicy.problem(PasswordPolicy.initial())).isNull();
        }
    }
}
