package cn.duban.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestDingTalk;
import cn.duban.TestUsers;
import cn.duban.assignments.Assignments;
import cn.duban.assignments.Forms;
import cn.duban.security.DubanUser;
import cn.duban.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A 待办 the platform refused while it was down for a moment is made when it is back; the person is not left without one. */
@DubanTest
class TodoRetryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Assignments assignments;
    @Autowired
    UserDetailsService people;
    @Autowired
    Todos todos;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedTodoIsMadeAgainWhenThePlatformIsBack() throws Exception {
        TestUsers.County c = users.county();
        String office = users.user(c, c.office(), Role.SUPERVISOR);
        String liaison = users.user(c, c.townA(), Role.LIAISON);
        String json = """
                {"departments":[{"dept_id":1,"name":"%s","parent_id":0}],
                 "users":[{"userid":"u-retry-%s","unionid":"retry-%s","name":"联络员","job_number":"%s"}]}"""
                .formatted(c.county().name(), c.tag(), c.tag(), liaison);
        assertThat(mvc.perform(post("/api/organisations/dingtalk").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(TestUsers.api(office))).andReturn().getResponse().getStatus()).isEqualTo(200);

        TestDingTalk.DOWN_FOR.set(1);
        long matter = assignments.issue(c.county().id(), null, new Forms.AssignmentForm("排查危旧房屋", "", c.townA().id(), List.of(),
                LocalDate.now().plusDays(30), ""), (DubanUser) people.loadUserByUsername(office));
        String step = "assignment:" + matter;
        assertThat(jdbc.sql("select failure from dingtalk_todo where step = :s").param("s", step).query(String.class).single())
                .contains("503");

        todos.retry();
        assertThat(jdbc.sql("select task_id from dingtalk_todo where step = :s").param("s", step).query(String.class).single())
                .startsWith("task-");
        assertThat(jdbc.sql("select failure is null from dingtalk_todo where step = :s").param("s", step).query(Boolean.class).single())
                .isTrue();
        assertThat(TestDingTalk.calls("/v1.0/todo/users/retry-" + c.tag() + "/tasks?")).hasSize(2);
    }
}
