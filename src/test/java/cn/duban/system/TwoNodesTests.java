package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.org.Organisations;
import cn.duban.security.Role;
import cn.duban.security.UserAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Dubans on one PostgreSQL, as behind a load balancer (issue 14): a person signs in on the
 * first, goes on working on the second with the same cookie, the first is stopped, and the second
 * still knows the person and everything written. Sessions live in the database (Spring Session
 * JDBC); nothing is kept in one node's memory.
 */
class TwoNodesTests {

    private static final String PASSWORD = "Node#Pass2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPersonSignedInOnOneNodeContinuesOnTheOtherWhenTheFirstStops() throws Exception {
        DatabaseServer database = EmbeddedDatabase.start(data.resolve("db"));
        ConfigurableApplicationContext first = null;
        ConfigurableApplicationContext second = null;
        try {
            first = node(database, "first");
            second = node(database, "second");
            // Both nodes share the database and the field key (DUBAN_FIELD_KEY in production; one key file here).
            long town = first.getBean(Organisations.class).all().stream().filter(o -> o.name().equals("清河镇")).findFirst().orElseThrow()
                    .id();
            UserAccounts accounts = first.getBean(UserAccounts.class);
            first.getBean(TransactionTemplate.class)
                    .executeWithoutResult(s -> accounts.create("liaison_node", "刘联络", town, Role.LIAISON, PASSWORD));
            JdbcClient jdbc = JdbcClient.create(database.ownerDataSource());
            jdbc.sql("update app_user set must_change_password = false where username = 'liaison_node'").update();

            String a = "http://127.0.0.1:" + port(first);
            String b = "http://127.0.0.1:" + port(second);
            // Sign in on the first node.
            HttpResponse<String> loginPage = get(a + "/login", null);
            String cookie = sessionCookie(loginPage, null);
            HttpResponse<String> login = post(a + "/login", cookie, "username=liaison_node&password=" + enc(PASSWORD)
                    + "&_csrf=" + enc(csrf(loginPage)));
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
            cookie = sessionCookie(login, cookie);
            assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'liaison_node'").query(Long.class).single())
                    .as("the session is in the database").isEqualTo(1);
            // Its attributes (the security context among them) are SM4-encrypted at rest, never in clear.
            List<byte[]> stored = jdbc.sql("""
                    select a.attribute_bytes from spring_session_attributes a
                    join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = 'liaison_node'""")
                    .query(byte[].class).list();
            assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                    .startsWith("sm4:1:").doesNotContain("liaison_node").doesNotContain("DubanUser"));

            // The same cookie on the second node: signed in, and a write there.
            HttpResponse<String> list = get(b + "/task-list", cookie);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("liaison_node");
            HttpResponse<String> saved = post(b + "/task-list/views", cookie, "name=" + enc("两节点视图") + "&query=status%3DLAGGING&_csrf="
                    + enc(csrf(list)));
            assertThat(saved.statusCode()).isEqualTo(302);

            // The first node stops; the second goes on with the session and sees what was written.
            first.close();
            first = null;
            HttpResponse<String> after = get(b + "/task-list", cookie);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("liaison_node").contains("两节点视图");
            // Signing out on the second ends the session for every node.
            HttpResponse<String> out = post(b + "/logout", cookie, "_csrf=" + enc(csrf(after)));
            assertThat(out.statusCode()).isEqualTo(302);
            assertThat(get(b + "/task-list", cookie).statusCode()).isEqualTo(302);
            assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'liaison_node'").query(Long.class).single())
                    .isZero();
        } finally {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
            database.close();
        }
    }

    private ConfigurableApplicationContext node(DatabaseServer database, String name) {
        return TwoNodes.node(database, data, name);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET();
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, String cookie, String form) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The SESSION cookie a response sets, or the one sent before when it sets none. */
    private static String sessionCookie(HttpResponse<String> response, String before) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((x, y) -> y).orElse(before);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
