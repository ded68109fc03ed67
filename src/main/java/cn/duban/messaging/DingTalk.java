package cn.duban.messaging;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open platform's calls Duban makes, in their documented JSON: the app's access token, a person's 待办 made and
 * marked done, a work notice, and who a light-app code signs in as. An answer other than the documented success
 * (HTTP 200, {@code errcode} 0 where the call has one) is an exception with the platform's words.
 */
class DingTalk {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final DingTalkSettings settings;
    private final Clock clock;
    private String token;
    private Instant tokenUntil = Instant.EPOCH;

    DingTalk(DingTalkSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The app's access token (7,200 s), fetched again five minutes before it runs out. */
    synchronized String token() throws Exception {
        if (token != null && clock.instant().isBefore(tokenUntil)) {
            return token;
        }
        JsonNode r = call("POST", URI.create(settings.apiBase() + "/v1.0/oauth2/accessToken"), null,
                Map.of("appKey", settings.appKey(), "appSecret", settings.appSecret()));
        token = r.path("accessToken").asString();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("钉钉未返回 accessToken：" + r);
        }
        tokenUntil = clock.instant().plusSeconds(Math.max(60, r.path("expireIn").asLong(7200) - 300));
        return token;
    }

    /** A 待办 for one person (their unionId), with a link back to the step in Duban; the 待办's id there. */
    String createTodo(String unionId, String sourceId, String subject, String description, Instant due, String url) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sourceId", sourceId);
        body.put("subject", subject);
        body.put("description", description);
        if (due != null) {
            body.put("dueTime", due.toEpochMilli());
        }
        body.put("executorIds", List.of(unionId));
        body.put("participantIds", List.of());
        body.put("detailUrl", Map.of("appUrl", url, "pcUrl", url));
        body.put("isOnlyShowExecutor", true);
        body.put("priority", 20);
        JsonNode r = call("POST", URI.create(settings.apiBase() + "/v1.0/todo/users/" + enc(unionId) + "/tasks?operatorId=" + enc(unionId)),
                token(), body);
        String id = r.path("id").asString();
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("钉钉未返回待办 id：" + r);
        }
        return id;
    }

    /** Marks a person's 待办 done. */
    void completeTodo(String unionId, String taskId) throws Exception {
        JsonNode r = call("PUT", URI.create(settings.apiBase() + "/v1.0/todo/users/" + enc(unionId) + "/tasks/" + enc(taskId)
                + "?operatorId=" + enc(unionId)), token(), Map.of("done", true));
        if (!r.path("result").asBoolean(false)) {
            throw new IllegalStateException("钉钉未确认待办完成：" + r);
        }
    }

    /** A work notice (工作通知) to people by userid: a link card to the step. */
    void notice(List<String> userIds, String title, String text, String url) throws Exception {
        Map<String, Object> msg = Map.of("msgtype", "link",
                "link", Map.of("messageUrl", url, "picUrl", "@lALOAAAAAAAAAAA", "title", title, "text", text));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", settings.agentId());
        body.put("userid_list", String.join(",", userIds));
        body.put("msg", msg);
        call("POST", URI.create(settings.oapiBase() + "/topapi/message/corpconversation/asyncsend_v2?access_token=" + enc(token())), null,
                body);
    }

    /** Who the light app's code (免登授权码) is: userid and unionid. */
    record Person(String userId, String unionId, String name) {
    }

    Person whoIs(String code) throws Exception {
        JsonNode r = call("POST", URI.create(settings.oapiBase() + "/topapi/v2/user/getuserinfo?access_token=" + enc(token())), null,
                Map.of("code", code));
        JsonNode result = r.path("result");
        return new Person(result.path("userid").asString(), result.path("unionid").asString(), result.path("name").asString());
    }

    /**
     * Who a web sign-in's code is (the platform's login page, which its own app completes without asking: 免登):
     * the code for the person's token, the token for the person.
     */
    Person whoSignedIn(String authCode) throws Exception {
        JsonNode t = call("POST", URI.create(settings.apiBase() + "/v1.0/oauth2/userAccessToken"), null,
                Map.of("clientId", settings.appKey(), "clientSecret", settings.appSecret(), "code", authCode, "grantType",
                        "authorization_code"));
        String userToken = t.path("accessToken").asString();
        if (userToken == null || userToken.isBlank()) {
            throw new IllegalStateException("钉钉未返回用户 accessToken：" + t);
        }
        JsonNode me = call("GET", URI.create(settings.apiBase() + "/v1.0/contact/users/me"), userToken, null);
        return new Person(null, me.path("unionId").asString(), me.path("nick").asString());
    }

    private JsonNode call(String method, URI uri, String acsToken, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).header("Content-Type",
                "application/json; charset=utf-8");
        if (acsToken != null) {
            b.header("x-acs-dingtalk-access-token", acsToken);
        }
        b.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("钉钉返回 HTTP " + response.statusCode() + "：" + response.body());
        }
        JsonNode r = JSON.readTree(response.body());
        if (r.has("errcode") && r.path("errcode").asInt(-1) != 0) {
            throw new IllegalStateException("钉钉拒绝：" + r.path("errmsg").asString());
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
