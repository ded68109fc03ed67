package cn.duban;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 钉钉 open platform for the tests, on a local port: each call Duban makes is checked against its documented
 * request (path, query, the access-token header, the JSON body's required fields) and answered as the
 * documentation shows; a call that does not match is answered 400 with the platform's error shape and recorded as
 * wrong. Codes for sign-in: {@code code-<unionId>} (免登授权码) and {@code auth-<unionId>} (the login page's
 * authCode) name the person they stand for.
 */
public final class TestDingTalk {

    public static final String APP_KEY = "ding-test-key";
    public static final String APP_SECRET = "ding-test-secret";
    static final String APP_TOKEN = "app-token-1";

    /** One call as received: method, path (with query), body. */
    public record Call(String method, String path, JsonNode body, String token) {
    }

    public static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    public static final List<String> WRONG = new CopyOnWriteArrayList<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger TASKS = new AtomicInteger();
    /** How many of the next 待办 creations the platform refuses (HTTP 503), as when it is down for a moment. */
    public static final AtomicInteger DOWN_FOR = new AtomicInteger();
    private static final Map<String, String> USER_TOKENS = new HashMap<>();
    private static HttpServer server;

    private TestDingTalk() {
    }

    public static synchronized String base() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", TestDingTalk::handle);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static List<Call> calls(String pathStart) {
        List<Call> out = new ArrayList<>();
        for (Call c : CALLS) {
            if (c.path().startsWith(pathStart)) {
                out.add(c);
            }
        }
        return out;
    }

    private static final Pattern CREATE = Pattern.compile("/v1\\.0/todo/users/([^/?]+)/tasks\\?operatorId=([^&]+)");
    private static final Pattern UPDATE = Pattern.compile("/v1\\.0/todo/users/([^/?]+)/tasks/([^/?]+)\\?operatorId=([^&]+)");

    private static void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath()
                + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        byte[] raw = x.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
        String token = x.getRequestHeaders().getFirst("x-acs-dingtalk-access-token");
        CALLS.add(new Call(x.getRequestMethod(), path, body, token));
        String method = x.getRequestMethod();
        Matcher m;
        String answer;
        if (method.equals("POST") && path.equals("/v1.0/oauth2/accessToken")) {
            answer = body != null && APP_KEY.equals(body.path("appKey").asString()) && APP_SECRET.equals(body.path("appSecret").asString())
                    ? "{\"accessToken\":\"" + APP_TOKEN + "\",\"expireIn\":7200}"
                    : null;
        } else if (method.equals("POST") && CREATE.matcher(path).matches() && DOWN_FOR.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            byte[] out = "{\"code\":\"ServiceUnavailable\",\"message\":\"服务暂不可用\"}".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(503, out.length);
            x.getResponseBody().write(out);
            x.close();
            return;
        } else if (method.equals("POST") && (m = CREATE.matcher(path)).matches()) {
            boolean ok = APP_TOKEN.equals(token) && body != null && m.group(1).equals(m.group(2))
                    && !body.path("subject").asString("").isBlank()
                    && body.path("executorIds").isArray() && body.path("executorIds").size() == 1
                    && decode(m.group(1)).equals(body.path("executorIds").get(0).asString())
                    && body.path("detailUrl").path("appUrl").asString("").startsWith("http")
                    && body.path("detailUrl").path("pcUrl").asString("").startsWith("http")
                    && !body.path("sourceId").asString("").isBlank();
            answer = ok
                    ? "{\"id\":\"task-" + TASKS.incrementAndGet() + "\",\"subject\":"
                            + JSON.writeValueAsString(body.path("subject").asString())
                            + ",\"done\":false,\"creatorId\":\"" + decode(m.group(1)) + "\"}"
                    : null;
        } else if (method.equals("PUT") && (m = UPDATE.matcher(path)).matches()) {
            answer = APP_TOKEN.equals(token) && body != null && body.path("done").asBoolean(false) && m.group(1).equals(m.group(3))
                    ? "{\"result\":true}"
                    : null;
        } else if (method.equals("POST") && path.equals("/topapi/message/corpconversation/asyncsend_v2?access_token=" + APP_TOKEN)) {
            answer = body != null && body.path("agent_id").isNumber() && !body.path("userid_list").asString("").isBlank()
                    && !body.path("msg").path("msgtype").asString("").isBlank()
                            ? "{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":" + TASKS.incrementAndGet() + ",\"request_id\":\"r1\"}"
                            : null;
        } else if (method.equals("POST") && path.equals("/topapi/v2/user/getuserinfo?access_token=" + APP_TOKEN)) {
            String code = body == null ? "" : body.path("code").asString("");
            answer = code.startsWith("code-")
                    ? "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"u-" + code.substring(5) + "\",\"unionid\":\""
                            + code.substring(5)
                            + "\",\"name\":\"测试\",\"sys\":false,\"sys_level\":0},\"request_id\":\"r2\"}"
                    : "{\"errcode\":40078,\"errmsg\":\"不存在的临时授权码\",\"request_id\":\"r3\"}";
        } else if (method.equals("POST") && path.equals("/v1.0/oauth2/userAccessToken")) {
            String code = body == null ? "" : body.path("code").asString("");
            boolean ok = APP_KEY.equals(body == null ? null : body.path("clientId").asString())
                    && APP_SECRET.equals(body.path("clientSecret").asString())
                    && "authorization_code".equals(body.path("grantType").asString())
                    && code.startsWith("auth-");
            if (ok) {
                USER_TOKENS.put("user-token-" + code.substring(5), code.substring(5));
            }
            answer = ok ? "{\"accessToken\":\"user-token-" + code.substring(5) + "\",\"refreshToken\":\"rt\",\"expireIn\":7200}" : null;
        } else if (method.equals("GET") && path.equals("/v1.0/contact/users/me")) {
            String union = token == null ? null : USER_TOKENS.get(token);
            answer = union == null ? null : "{\"nick\":\"测试\",\"unionId\":\"" + union + "\",\"openId\":\"o1\",\"stateCode\":\"86\"}";
        } else {
            answer = null;
        }
        byte[] out;
        if (answer == null) {
            WRONG.add(method + " " + path + " " + body);
            out = "{\"code\":\"InvalidParameter\",\"message\":\"请求不符合文档\"}".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(400, out.length);
        } else {
            out = answer.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, out.length);
        }
        x.getResponseBody().write(out);
        x.close();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public static Map<String, Object> properties() {
        String base = base();
        return Map.of("duban.dingtalk.enabled", "true", "duban.dingtalk.api-base", base, "duban.dingtalk.oapi-base", base,
                "duban.dingtalk.login-base", base, "duban.dingtalk.app-key", APP_KEY, "duban.dingtalk.app-secret", APP_SECRET,
                "duban.dingtalk.agent-id", "3001", "duban.dingtalk.duban-url", "http://localhost");
    }
}
