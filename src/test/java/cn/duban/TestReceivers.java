package cn.duban;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A local SMTP server and a webhook receiver for the reminder tests, one of each per test JVM,
 * started before the first Spring context so that spring.mail.* can point at it. The SMTP side
 * speaks just enough of RFC 5321 for Jakarta Mail; the webhook side answers like a robot
 * ({"errcode":0}), or HTTP 500 under /fail.
 */
public final class TestReceivers {

    public record Mail(String to, String subject, String body) {
    }

    public record Post(String path, String query, String body) {
    }

    /** The 加签 secret of the local 钉钉 robot under /dingtalk-signed/, and the keyword of the one under /dingtalk-keyword/. */
    public static final String DINGTALK_SECRET = "SEC4f1c2b9e8d7a6f5e4d3c2b1a09f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0";
    public static final String DINGTALK_KEYWORD = "督办";

    public static final List<Mail> MAILS = new CopyOnWriteArrayList<>();
    public static final List<Post> POSTS = new CopyOnWriteArrayList<>();
    private static int smtpPort;
    private static int httpPort;

    private TestReceivers() {
    }

    public static synchronized void start() {
        if (smtpPort != 0) {
            return;
        }
        try {
            ServerSocket smtp = new ServerSocket(0);
            smtpPort = smtp.getLocalPort();
            Thread t = new Thread(() -> {
                while (true) {
                    try {
                        Socket s = smtp.accept();
                        Thread worker = new Thread(() -> serve(s), "test-smtp-session");
                        worker.setDaemon(true);
                        worker.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "test-smtp");
            t.setDaemon(true);
            t.start();
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                String query = exchange.getRequestURI().getRawQuery();
                POSTS.add(new Post(path, query, body));
                byte[] answer = robotAnswer(path, query, body).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(path.startsWith("/fail") ? 500 : 200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            http.start();
            httpPort = http.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What 钉钉 answers: under /dingtalk-signed/ only a call whose sign is HmacSHA256 over
     * "timestamp\nsecret" with {@link #DINGTALK_SECRET}, at most an hour old; under
     * /dingtalk-keyword/ only a message containing {@link #DINGTALK_KEYWORD}; errcode 310000 otherwise.
     */
    private static String robotAnswer(String path, String query, String body) {
        if (path.startsWith("/dingtalk-signed/")) {
            Map<String, String> q = new HashMap<>();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            try {
                long timestamp = Long.parseLong(q.getOrDefault("timestamp", "0"));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = Base64.getEncoder().encodeToString(
                        mac.doFinal((timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
                if (Math.abs(System.currentTimeMillis() - timestamp) > 3_600_000L || !expected.equals(q.get("sign"))) {
                    return "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
                }
            } catch (Exception e) {
                return "{\"errcode\":310000,\"errmsg\":\"sign not match\"}";
            }
        }
        if (path.startsWith("/dingtalk-keyword/") && !body.contains(DINGTALK_KEYWORD)) {
            return "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\"}";
    }

    public static String webhook(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    public static Map<String, Object> mailProperties() {
        start();
        // The local robot receiver stands in for 钉钉 and 企业微信: the only address besides theirs a test may reach.
        return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(smtpPort),
                "duban.robots.allowed", "https://oapi.dingtalk.com/robot/send,https://qyapi.weixin.qq.com/cgi-bin/webhook/send,"
                        + "http://127.0.0.1:" + httpPort + "/");
    }

    private static void serve(Socket socket) {
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                var out = socket.getOutputStream()) {
            reply(out, "220 test-smtp ready");
            List<String> to = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase();
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    reply(out, "250 test-smtp");
                } else if (upper.startsWith("RCPT TO:")) {
                    to.add(line.substring(8).replaceAll("[<>\\s]", ""));
                    reply(out, "250 OK");
                } else if (upper.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                    }
                    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                            new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)));
                    for (String r : to) {
                        MAILS.add(new Mail(r, m.getSubject(), String.valueOf(m.getContent())));
                    }
                    to.clear();
                    reply(out, "250 OK queued");
                } else if (upper.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (Exception e) {
            // a client that hangs up mid-way is the client's business
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Points the application's mail at the local SMTP server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-receivers", mailProperties()));
            // The messaging app's open platform (钉钉), on a local port: TestDingTalk.
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-dingtalk", TestDingTalk.properties()));
            // The province's identity service, a real OpenID provider in this JVM (testidp.IdentityProvider).
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-identity-provider", Map.of(
                    "duban.sso.providers.province.name", "省统一身份认证",
                    "duban.sso.providers.province.issuer-uri", testidp.IdentityProvider.issuer(),
                    "duban.sso.providers.province.client-id", testidp.IdentityProvider.CLIENT,
                    "duban.sso.providers.province.client-secret", testidp.IdentityProvider.SECRET,
                    "duban.sso.providers.province.match-claim", "employee_no",
                    "duban.sso.providers.province.mfa-amr", "otp,mfa,hwk")));
        }
    }
}
