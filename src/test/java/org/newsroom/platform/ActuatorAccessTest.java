package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Health is public; the Prometheus scrape only for the monitoring networks; nothing else of the actuator. */
@IntegrationTest
class ActuatorAccessTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthAndItsGroupsArePublic() throws Exception {
        assertThat(status(get("/actuator/health/liveness"), "203.0.113.7")).isEqualTo(200);
        assertThat(status(get("/actuator/health/readiness"), "203.0.113.7")).isEqualTo(200);
        // Overall health includes scheduledPublishing, which is DOWN (503) while a scheduled story is overdue.
        assertThat(status(get("/actuator/health"), "203.0.113.7")).isIn(200, 503);
    }

    @Test
    void prometheusAnswersTheMonitoringNetworksOnly() throws Exception {
        var scrape = mvc.perform(get("/actuator/prometheus").with(from("10.1.2.3")))
                .andReturn()
                .getResponse();

        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentAsString()).contains("newsroom_scheduled_overdue");
        assertThat(status(get("/actuator/prometheus"), "127.0.0.1")).isEqualTo(200);
        assertThat(status(get("/actuator/prometheus"), "203.0.113.7")).isEqualTo(401);
    }

    @Test
    void otherEndpointsAreNotPublic() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics"}) {
            assertThat(status(get(path), "10.1.2.3")).as(path).isIn(401, 404);
        }
    }

    private int status(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(from(address)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
