package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator answers on the management port only. The public port keeps the probes {@code /livez} and
 * {@code /readyz}, and answers everything under {@code /actuator} with the site's 404 page, whatever the request
 * claims about where it comes from.
 */
@IntegrationTest
class ManagementPortTest {

    static final String[] FORWARDED_FOR = {null, "127.0.0.1", "10.1.2.3", "192.168.0.10", "::1", "203.0.113.7"};

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int publicPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void thePublicPortNeverServesMetricsWhateverXForwardedForSays() throws Exception {
        assertThat(managementPort).isNotEqualTo(publicPort);
        for (String forwardedFor : FORWARDED_FOR) {
            for (String path : new String[] {
                "/actuator/prometheus", "/actuator/metrics", "/actuator", "/actuator/health", "/actuator/env"
            }) {
                HttpResponse<String> answer = get(publicPort, path, forwardedFor);

                assertThat(answer.statusCode())
                        .as("%s from %s", path, forwardedFor)
                        .isEqualTo(404);
                assertThat(answer.body())
                        .as("%s from %s", path, forwardedFor)
                        .contains("We can’t find that page")
                        .doesNotContain("newsroom_scheduled_overdue")
                        .doesNotContain("jvm_memory");
            }
        }
    }

    @Test
    void livenessAndReadinessAnswerOnThePublicPortAndAreNeverStored() throws Exception {
        for (String path : new String[] {"/livez", "/readyz"}) {
            HttpResponse<String> probe = get(publicPort, path, null);

            assertThat(probe.statusCode()).as(path).isEqualTo(200);
            assertThat(probe.body()).as(path).contains("\"status\":\"UP\"");
            assertThat(probe.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    @Test
    void prometheusAndHealthAnswerOnTheManagementPort() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus", null);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("newsroom_scheduled_overdue");
        assertThat(get(managementPort, "/actuator/health/liveness", null).statusCode())
                .isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/readiness", null).statusCode())
                .isEqualTo(200);
        // Nothing but health and the scrape is exposed, even there.
        assertThat(get(managementPort, "/actuator/env", null).statusCode()).isEqualTo(404);
        assertThat(get(managementPort, "/actuator/beans", null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(int port, String path, String forwardedFor)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .timeout(Duration.ofMinutes(1))
                .GET();
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
