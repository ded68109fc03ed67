package cn.duban.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.duban.DubanTest;
import cn.duban.TestReceivers;
import cn.duban.TestUsers;
import cn.duban.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group robots as offices create them (issue 14, item 6): 钉钉 with 加签 or a keyword, and 企业微信.
 * A local receiver stands in for 钉钉: it checks the signature (HmacSHA256 over "timestamp\nsecret")
 * and the keyword itself and refuses like 钉钉 does, so a wrong signature fails here as it would there.
 */
@DubanTest
class RobotSecurityTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reminders reminders;
    @Autowired
    Deliveries deliveries;

    TestUsers.County county;
    String office;

    @BeforeEach
    void setUp() {
        county = users.county();
        office = users.user(county, county.office(), Role.SUPERVISOR);
    }

    private JsonNode add(String channel, String address, String secret, String keyword) throws Exception {
        String body = JSON.writeValueAsString(Map.of("unit", county.townA().id(), "channel", channel, "address", address,
                "secret", secret == null ? "" : secret, "keyword", keyword == null ? "" : keyword));
        String answer = mvc.perform(post("/api/notifications/contacts").with(TestUsers.api(office)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).doesNotContain(TestReceivers.DINGTALK_SECRET).doesNotContain(address);
        return JSON.readTree(answer);
    }

    private JsonNode test(long id) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/notifications/contacts/" + id + "/test").with(TestUsers.api(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<TestReceivers.Post> posts(String path) {
        return TestReceivers.POSTS.stream().filter(p -> p.path().equals(path)).toList();
    }

    @Test
    void aSignedDingTalkRobotGetsATestMessageTheReceiverAcceptsAndTheSecretIsNeverShownAgain() throws Exception {
        String path = "/dingtalk-signed/" + county.tag();
        JsonNode contact = add("DINGTALK", TestReceivers.webhook(path + "?access_token=abc123"), TestReceivers.DINGTALK_SECRET, null);
        assertThat(contact.get("signed").asBoolean()).isTrue();
        long id = contact.get("id").asLong();
        // Stored SM4-encrypted, never in clear.
        String stored = jdbc.sql("select secret from contact where id = :id").param("id", id).query(String.class).single();
        assertThat(stored).startsWith("sm4:").doesNotContain("SEC4f1c");

        JsonNode tested = test(id);
        assertThat(tested.get("testError").isNull()).as(tested.toString()).isTrue();
        assertThat(tested.get("testedAt").isNull()).isFalse();
        TestReceivers.Post call = posts(path).get(posts(path).size() - 1);
        assertThat(call.query()).startsWith("access_token=abc123&timestamp=").contains("&sign=");
        JsonNode message = JSON.readTree(call.body());
        assertThat(message.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(message.get("markdown").get("title").asString()).isEqualTo("督办系统测试消息");
        assertThat(message.get("markdown").get("text").asString()).startsWith("### 【待办】督办系统测试消息");

        // Neither the list nor the page shows the secret or the full address.
        String list = mvc.perform(get("/api/notifications/contacts").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("\"signed\":true").doesNotContain("SEC4f1c").doesNotContain("abc123");
        String page = mvc.perform(get("/notifications").with(TestUsers.api(office))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("加签").contains("发送测试消息").doesNotContain("SEC4f1c");
    }

    @Test
    void aWrongSecretIsReportedAsTheRobotRefusesIt() throws Exception {
        String path = "/dingtalk-signed/wrong-" + county.tag();
        long id = add("DINGTALK", TestReceivers.webhook(path), "SEC" + "0".repeat(64), null).get("id").asLong();
        JsonNode tested = test(id);
        assertThat(tested.get("testError").asString()).contains("机器人拒收").contains("sign not match");
        assertThat(jdbc.sql("select count(*) from audit_event where action = '发送测试消息' and entity_id = :u")
                .param("u", county.townA().id()).query(Long.class).single()).isPositive();
    }

    @Test
    void aKeywordRobotGetsTheKeywordInEveryMessageAndQueuedRemindersAreSignedToo() throws Exception {
        String keywordPath = "/dingtalk-keyword/" + county.tag();
        long keyword = add("DINGTALK", TestReceivers.webhook(keywordPath), null, TestReceivers.DINGTALK_KEYWORD).get("id").asLong();
        String signedPath = "/dingtalk-signed/queue-" + county.tag();
        add("DINGTALK", TestReceivers.webhook(signedPath), TestReceivers.DINGTALK_SECRET, null);
        String wecomPath = "/wecom-robot/" + county.tag();
        long wecom = add("WECOM", TestReceivers.webhook(wecomPath + "?key=k-" + county.tag()), null, null).get("id").asLong();

        // A message without the keyword in it: the keyword is added, and the robot takes it.
        reminders.tell("robot-" + county.tag(), county.townA().id(), "BLUE", "任务即将到期：建设便民服务中心", "完成时限为 2026-12-31，还有 5 天。");
        deliveries.sendPending();
        assertThat(posts(keywordPath)).hasSize(1);
        assertThat(posts(keywordPath).get(0).body()).contains(TestReceivers.DINGTALK_KEYWORD);
        assertThat(posts(signedPath)).hasSize(1);
        assertThat(posts(signedPath).get(0).query()).contains("timestamp=").contains("sign=");
        assertThat(jdbc.sql("""
                select d.state from delivery d join notification n on n.id = d.notification_id
                where n.dedupe_key = :k and d.channel = 'DINGTALK'""").param("k", "robot-" + county.tag())
                .query(String.class).list()).containsOnly("SENT");
        JsonNode wecomMessage = JSON.readTree(posts(wecomPath).get(0).body());
        assertThat(wecomMessage.get("markdown").get("content").asString()).startsWith("### 【蓝色提醒】任务即将到期");
        assertThat(posts(wecomPath).get(0).query()).isEqualTo("key=k-" + county.tag());

        assertThat(test(keyword).get("testError").isNull()).isTrue();
        assertThat(test(wecom).get("testError").isNull()).isTrue();
    }

    @Test
    void aRefusedContactIsShownAgainWithTheReasonBesideItsFieldAndNothingStored() throws Exception {
        long before = jdbc.sql("select count(*) from contact").query(Long.class).single();
        var page = mvc.perform(post("/notifications/contacts").with(TestUsers.api(office)).with(csrf())
                .param("unit", String.valueOf(county.townA().id())).param("channel", "DINGTALK")
                .param("address", TestReceivers.webhook("/dingtalk-signed/x")).param("secret", "not-a-secret").param("keyword", "督办"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("以 SEC 开头").contains("is-invalid").contains("value=\"督办\"")
                .contains(TestReceivers.webhook("/dingtalk-signed/x")).doesNotContain("not-a-secret");
        var wecom = mvc.perform(post("/api/notifications/contacts").with(TestUsers.api(office)).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("unit", county.townA().id(), "channel", "WECOM",
                        "address", TestReceivers.webhook("/wecom-robot/y"), "keyword", "督办"))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wecom).contains("只用于钉钉机器人");
        assertThat(jdbc.sql("select count(*) from contact").query(Long.class).single()).isEqualTo(before);
    }
}
