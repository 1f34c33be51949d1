package org.newsroom.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.audit.AuditAction;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The webhooks screen is for admins only; it shows a new secret once, refuses internal addresses and empty choices
 * with a message that keeps what was typed, and every change is in the audit log.
 */
@IntegrationTest
class WebhooksAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    WebhookEndpoints endpoints;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writersAndEditorsAreRefused() throws Exception {
        StaffPrincipal admin = staff.create(StaffRole.ADMIN);
        long id = endpoints
                .create(
                        new NewEndpoint(
                                "http://127.0.0.1:9/refused",
                                "",
                                java.util.Set.of(WebhookEventType.WEBHOOK_TEST),
                                PayloadKind.THIN),
                        admin.actor())
                .id();
        for (StaffRole role : new StaffRole[] {StaffRole.WRITER, StaffRole.EDITOR}) {
            StaffPrincipal who = staff.create(role);
            mvc.perform(get("/admin/webhooks").with(AdminRequests.as(who.id(), role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/webhooks/" + id).with(AdminRequests.as(who.id(), role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/webhooks")
                            .param("url", "https://example.com/sneaky")
                            .param("events", "article.published")
                            .with(csrf())
                            .with(AdminRequests.as(who.id(), role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/webhooks/" + id + "/delete").with(csrf()).with(AdminRequests.as(who.id(), role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/webhooks")).andExpect(status().is3xxRedirection());
        assertThat(endpoints.find(id)).isPresent();
        endpoints.delete(id, admin.actor());
    }

    @Test
    void anAdminRegistersAnEndpointSeesItsSecretOnceAndEveryChangeIsAudited() throws Exception {
        StaffPrincipal admin = staff.create(StaffRole.ADMIN);
        String url = "http://127.0.0.1:9/hook-" + UUID.randomUUID().toString().substring(0, 8);
        Document created = AdminRequests.html(mvc.perform(post("/admin/webhooks")
                        .param("url", url)
                        .param("description", "Partner app")
                        .param("events", "article.published", "article.unpublished")
                        .param("payload", "thin")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        String secret = created.getElementById("new-secret").attr("value");
        assertThat(secret).startsWith("whsec_");

        EndpointView endpoint = endpoints.list().stream()
                .filter(e -> e.url().equals(url))
                .findFirst()
                .orElseThrow();
        assertThat(endpoint.events())
                .containsExactly(WebhookEventType.ARTICLE_PUBLISHED, WebhookEventType.ARTICLE_UNPUBLISHED);
        assertThat(endpoint.payload()).isEqualTo(PayloadKind.THIN);

        Document page = AdminRequests.html(
                mvc.perform(get("/admin/webhooks/" + endpoint.id()).with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                        .andExpect(status().isOk()));
        assertThat(page.html()).doesNotContain(secret).contains(url);
        Document list = AdminRequests.html(
                mvc.perform(get("/admin/webhooks").with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                        .andExpect(status().isOk()));
        assertThat(list.html()).doesNotContain(secret);

        Document rotated = AdminRequests.html(mvc.perform(post("/admin/webhooks/" + endpoint.id() + "/rotate")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        assertThat(rotated.getElementById("new-secret").attr("value"))
                .startsWith("whsec_")
                .isNotEqualTo(secret);

        mvc.perform(post("/admin/webhooks/" + endpoint.id() + "/disable")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(endpoints.find(endpoint.id()).orElseThrow().enabled()).isFalse();
        mvc.perform(post("/admin/webhooks/" + endpoint.id() + "/enable")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/webhooks/" + endpoint.id() + "/delete")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(endpoints.find(endpoint.id())).isEmpty();

        assertThat(jdbc.sql("select action from audit_log where subject = :url and actor_id = :admin order by id")
                        .param("url", url)
                        .param("admin", admin.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        AuditAction.WEBHOOK_CREATED.name(),
                        AuditAction.WEBHOOK_SECRET_ROTATED.name(),
                        AuditAction.WEBHOOK_DISABLED.name(),
                        AuditAction.WEBHOOK_ENABLED.name(),
                        AuditAction.WEBHOOK_DELETED.name());
    }

    @Test
    void internalAddressesAndEmptyChoicesAreRefusedWithAMessageThatKeepsTheForm() throws Exception {
        StaffPrincipal admin = staff.create(StaffRole.ADMIN);
        for (String url : new String[] {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook"}) {
            Document refused = AdminRequests.html(mvc.perform(post("/admin/webhooks")
                            .param("url", url)
                            .param("description", "Sneaky")
                            .param("events", "article.published")
                            .with(csrf())
                            .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                    .andExpect(status().isOk()));
            assertThat(refused.select(".error-summary").text()).contains("which webhooks may not call");
            assertThat(refused.getElementById("endpoint-url").attr("value")).isEqualTo(url);
            assertThat(refused.getElementById("event-article.published").hasAttr("checked"))
                    .isTrue();
            assertThat(refused.getElementById("new-secret")).isNull();
            assertThat(endpoints.list()).noneMatch(e -> e.url().equals(url));
        }
        Document none = AdminRequests.html(mvc.perform(post("/admin/webhooks")
                        .param("url", "https://93.184.215.14/hook")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        assertThat(none.select(".error-summary").text()).contains("Choose at least one event");
        Document unknown = AdminRequests.html(mvc.perform(post("/admin/webhooks")
                        .param("url", "https://93.184.215.14/hook")
                        .param("events", "article.eaten")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        assertThat(unknown.select(".error-summary").text()).contains("article.eaten");
        mvc.perform(get("/admin/webhooks/999999999").with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLogIsPagedNewestFirstAndADeliveryCanBeReplayedFromIt() throws Exception {
        StaffPrincipal admin = staff.create(StaffRole.ADMIN);
        long id = endpoints
                .create(
                        new NewEndpoint(
                                "http://127.0.0.1:9/paged-" + UUID.randomUUID(),
                                "",
                                java.util.Set.of(WebhookEventType.WEBHOOK_TEST),
                                PayloadKind.THIN),
                        admin.actor())
                .id();
        // Off: its deliveries wait in the log, none is sent.
        endpoints.setEnabled(id, false, admin.actor());
        java.util.List<Long> sent = new java.util.ArrayList<>();
        for (int i = 0; i < WebhookDeliveries.LOG_PAGE + 1; i++) {
            sent.add(endpoints.testSend(id, admin.actor()).orElseThrow());
        }

        Document first = AdminRequests.html(
                mvc.perform(get("/admin/webhooks/" + id).with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                        .andExpect(status().isOk()));
        assertThat(first.select("#deliveries tbody tr")).hasSize(WebhookDeliveries.LOG_PAGE);
        assertThat(first.select("#deliveries tbody tr").first().id()).isEqualTo("delivery-" + sent.getLast());
        assertThat(first.getElementById("endpoint-off")).isNotNull();
        String older = first.select("a[rel=next]").attr("href");
        Document second = AdminRequests.html(mvc.perform(get(older).with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        assertThat(second.select("#deliveries tbody tr")).hasSize(1);
        assertThat(second.select("#deliveries tbody tr").first().id()).isEqualTo("delivery-" + sent.getFirst());
        assertThat(second.select("a[rel=next]")).isEmpty();

        mvc.perform(post("/admin/webhooks/" + id + "/deliveries/" + sent.getFirst() + "/replay")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().is3xxRedirection());
        DeliveryView replay = endpoints.deliveries(id, null).items().getFirst();
        assertThat(replay.id()).isGreaterThan(sent.getLast());
        assertThat(replay.status()).isEqualTo("pending");
        mvc.perform(post("/admin/webhooks/" + id + "/deliveries/999999999/replay")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isNotFound());
        endpoints.delete(id, admin.actor());
    }
}
