package cn.duban.reminders;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Group robots (webhooks) in their own message formats: 钉钉 markdown {msgtype, markdown:{title,
 * text}} and 企业微信 markdown {msgtype, markdown:{content}}. A robot answers HTTP 200 with
 * errcode 0 when it took the message; anything else is a failure to retry.
 */
abstract class RobotSender implements Deliveries.Sender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Redirects are never followed: a robot endpoint that redirects elsewhere is not a robot endpoint.
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private RobotAddresses robots;

    @org.springframework.beans.factory.annotation.Autowired
    void setRobots(RobotAddresses robots) {
        this.robots = robots;
    }

    abstract Map<String, Object> body(Deliveries.Outgoing o);

    @Override
    public void send(Deliveries.Outgoing o) throws Exception {
        // Checked again at sending: a contact stored before the allow-list (or by hand) is not followed.
        if (robots == null || !robots.permits(o.address())) {
            throw new IllegalArgumentException("机器人地址不在允许范围内，不发送");
        }
        URI uri = URI.create(o.address());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(o)), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("机器人返回 HTTP " + response.statusCode());
        }
        Object errcode = JSON.readValue(response.body(), Map.class).get("errcode");
        if (errcode != null && !"0".equals(String.valueOf(errcode))) {
            throw new IllegalStateException("机器人拒收：" + response.body());
        }
    }

    static String markdown(Deliveries.Outgoing o) {
        return "### 【" + o.grade().label() + "】" + o.title() + "\n\n" + o.body();
    }

    @Component
    static class DingTalk extends RobotSender {
        @Override
        public Channel channel() {
            return Channel.DINGTALK;
        }

        @Override
        Map<String, Object> body(Deliveries.Outgoing o) {
            return Map.of("msgtype", "markdown", "markdown", Map.of("title", o.title(), "text", markdown(o)));
        }
    }

    @Component
    static class WeCom extends RobotSender {
        @Override
        public Channel channel() {
            return Channel.WECOM;
        }

        @Override
        Map<String, Object> body(Deliveries.Outgoing o) {
            return Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown(o)));
        }
    }
}
