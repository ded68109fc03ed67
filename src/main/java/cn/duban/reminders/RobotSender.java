package cn.duban.reminders;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Group robots (webhooks) in their own message formats: 钉钉 markdown {msgtype, markdown:{title,
 * text}} and 企业微信 markdown {msgtype, markdown:{content}}. A robot answers HTTP 200 with
 * errcode 0 when it took the message; anything else is a failure to retry.
 * <p>
 * A 钉钉 robot is created with a security setting: 加签 — every call carries {@code timestamp}
 * (milliseconds) and {@code sign} = URL-encoded Base64 of HmacSHA256 over "timestamp\nsecret"
 * keyed with the secret; 钉钉 refuses a signature older than an hour — or a keyword that every
 * message must contain, or the caller's IP address (nothing to do here). 企业微信 robots carry
 * their key in the address.
 */
abstract class RobotSender implements Deliveries.Sender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Redirects are never followed: a robot endpoint that redirects elsewhere is not a robot endpoint.
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private RobotAddresses robots;
    private Clock clock = Clock.systemUTC();

    @Autowired
    void setRobots(RobotAddresses robots) {
        this.robots = robots;
    }

    @Autowired
    void setClock(Clock clock) {
        this.clock = clock;
    }

    abstract Map<String, Object> body(Deliveries.Outgoing o);

    /** The address to call: the stored one, signed where the robot wants it. */
    URI target(Deliveries.Outgoing o, long millis) {
        return URI.create(o.address());
    }

    @Override
    public void send(Deliveries.Outgoing o) throws Exception {
        // Checked again at sending: a contact stored before the allow-list (or by hand) is not followed.
        if (robots == null || !robots.permits(o.address())) {
            throw new IllegalArgumentException("机器人地址不在允许范围内，不发送");
        }
        URI uri = target(o, clock.millis());
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
        URI target(Deliveries.Outgoing o, long millis) {
            if (o.secret() == null || o.secret().isBlank()) {
                return URI.create(o.address());
            }
            return URI.create(
                    o.address() + (o.address().contains("?") ? "&" : "?") + "timestamp=" + millis + "&sign=" + sign(millis, o.secret()));
        }

        /** 钉钉's 加签: URL-encoded Base64 of HmacSHA256(key = secret, "timestamp\nsecret"). */
        static String sign(long millis, String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                byte[] signature = mac.doFinal((millis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
                return URLEncoder.encode(Base64.getEncoder().encodeToString(signature), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        Map<String, Object> body(Deliveries.Outgoing o) {
            String title = o.title();
            String text = markdown(o);
            // A robot secured by keyword drops a message without it: the keyword leads the title and closes the text.
            if (o.keyword() != null && !o.keyword().isBlank()) {
                if (!title.contains(o.keyword())) {
                    title = o.keyword() + "：" + title;
                }
                if (!text.contains(o.keyword())) {
                    text = text + "\n\n（" + o.keyword() + "）";
                }
            }
            return Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", text));
        }
    }

    @Component
    static class WeCom extends RobotSender {
        @Override
        public Channel channel() {
            return Channel.WECOM;
        }

        /** 企业微信 takes at most 4,096 bytes of markdown: a longer message is cut at a character, with a mark. */
        @Override
        Map<String, Object> body(Deliveries.Outgoing o) {
            String content = markdown(o);
            if (content.getBytes(StandardCharsets.UTF_8).length > 4096) {
                StringBuilder cut = new StringBuilder();
                int bytes = 0;
                for (int i = 0; i < content.length();) {
                    int cp = content.codePointAt(i);
                    int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                    if (bytes + size > 4096 - 12) {
                        break;
                    }
                    cut.appendCodePoint(cp);
                    bytes += size;
                    i += Character.charCount(cp);
                }
                content = cut + "\n……（略）";
            }
            return Map.of("msgtype", "markdown", "markdown", Map.of("content", content));
        }
    }
}
