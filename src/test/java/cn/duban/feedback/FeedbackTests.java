package cn.duban.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.reminders.Notifications;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 意见反馈 (issue 25, item 7): a township's word on its reporting burden reaches its county's office and the city's,
 * audited; the office reads its units' feedback, another county's does not; an empty message is refused beside
 * its field and nothing is stored.
 */
@DubanTest
class FeedbackTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void aUnitsFeedbackReachesItsCountyAndTheCityAndIsAuditedButNoOtherCounty() throws Exception {
        TestUsers.City city = users.city();
        String liaison = users.user(city.users(), city.townA(), Role.LIAISON);
        String countyOffice = users.user(city.users(), city.countyOffice(), Role.SUPERVISOR);
        TestUsers.County other = users.county();
        String otherOffice = users.user(other, other.office(), Role.SUPERVISOR);

        MockHttpServletResponse sent = mvc.perform(post("/feedback").with(csrf()).session(TestUsers.signedIn(mvc, liaison))
                .param("body", "同一组数据每月要向三个部门重复报送，建议一次填报、共享使用。")).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);

        long id = jdbc.sql("select id from burden_feedback where organisation_id = :o").param("o", city.townA().id())
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from audit_event where action = '提交意见反馈' and entity_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(notifications.inbox(city.countyOffice().id(), null, 20)).anySatisfy(n -> assertThat(n.body()).contains("重复报送"));
        assertThat(notifications.inbox(city.cityOffice().id(), null, 20)).anySatisfy(n -> assertThat(n.body()).contains("重复报送"));

        assertThat(body("/api/feedback", countyOffice)).contains("重复报送");
        assertThat(body("/api/feedback", otherOffice)).doesNotContain("重复报送");
    }

    @Test
    void anEmptyMessageIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
        TestUsers.County c = users.county();
        String liaison = users.user(c, c.townB(), Role.LIAISON);

        MockHttpServletResponse page = mvc.perform(post("/feedback").with(csrf()).session(TestUsers.signedIn(mvc, liaison))
                .param("body", " ")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"body-error\"", "请填写反馈内容");

        var api = mvc.perform(post("/api/feedback").with(TestUsers.api(liaison)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"\"}")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThat(jdbc.sql("select count(*) from burden_feedback where organisation_id = :o").param("o", c.townB().id())
                .query(Long.class).single()).isZero();
    }

    private String body(String path, String user) throws Exception {
        return mvc.perform(get(path).with(TestUsers.api(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
