package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API keys screen is for admins only; it shows a new key once, and each key's use; a key can be revoked there.
 * Making and revoking a key are in the audit log, by the admin who did it, without the key's token.
 */
@IntegrationTest
class ApiKeysAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcClient jdbc;

    record Audited(long actorId, String subject, String detail) {}

    List<Audited> audited(String action, String subject) {
        return jdbc.sql("select actor_id, subject, detail from audit_log where action = :action and subject = :subject")
                .param("action", action)
                .param("subject", subject)
                .query((rs, n) -> new Audited(rs.getLong("actor_id"), rs.getString("subject"), rs.getString("detail")))
                .list();
    }

    @Test
    void writersAndEditorsAreRefused() throws Exception {
        for (StaffRole role : new StaffRole[] {StaffRole.WRITER, StaffRole.EDITOR}) {
            StaffPrincipal who = staff.create(role);
            mvc.perform(get("/admin/api-keys").with(AdminRequests.as(who.id(), role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/api-keys")
                            .param("name", "Sneaky")
                            .param("scope", "partner")
                            .with(csrf())
                            .with(AdminRequests.as(who.id(), role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/api-keys")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdminCreatesAKeySeesItOnceAndRevokesIt() throws Exception {
        StaffPrincipal admin = staff.create(StaffRole.ADMIN);
        String name = "Partner " + UUID.randomUUID().toString().substring(0, 8);
        Document created = AdminRequests.html(mvc.perform(post("/admin/api-keys")
                        .param("name", name)
                        .param("scope", "partner")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        String token = created.getElementById("new-token").attr("value");
        assertThat(token).startsWith("nrk_");

        Document later = AdminRequests.html(
                mvc.perform(get("/admin/api-keys").with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                        .andExpect(status().isOk()));
        assertThat(later.html()).doesNotContain(token).contains(name);
        assertThat(later.getElementById("new-token")).isNull();

        long id = keys.list().stream()
                .filter(k -> k.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(later.getElementById("key-" + id).select(".requests-today").text())
                .isEqualTo("0");
        mvc.perform(post("/admin/api-keys/" + id + "/revoke")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(keys.list().stream()
                        .filter(k -> k.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .revoked())
                .isTrue();

        assertThat(audited("API_KEY_CREATED", name)).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(admin.id());
            assertThat(entry.detail()).contains("Key " + id).contains("partner").doesNotContain(token);
        });
        assertThat(audited("API_KEY_REVOKED", name)).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(admin.id());
            assertThat(entry.detail()).contains("Key " + id).doesNotContain(token);
        });
        // Revoked already: nothing done, nothing audited.
        mvc.perform(post("/admin/api-keys/" + id + "/revoke")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isNotFound());
        assertThat(audited("API_KEY_REVOKED", name)).hasSize(1);

        Document refused = AdminRequests.html(mvc.perform(post("/admin/api-keys")
                        .param("name", " ")
                        .param("scope", "public")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        assertThat(refused.select(".error-summary").text()).contains("name");
    }
}
