package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.duban.DubanTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14, item 4: health (database, disk, the reminder job) and Prometheus metrics answer on
 * the management port, without signing in, and not on the site's own port.
 */
@DubanTest
class ManagementTests {

    @LocalServerPort
    int site;
    @Value("${local.management.port}")
    int management;

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAndMetricsOnTheManagementPortOnly() throws Exception {
        get(site, "/login");
        HttpResponse<String> health = get(management, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"diskSpace\"", "\"reminderJob\"");
        HttpResponse<String> metrics = get(management, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "application=\"duban\"");
        assertThat(get(site, "/actuator/health").statusCode()).isNotEqualTo(200);
        assertThat(get(site, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
    }
}
