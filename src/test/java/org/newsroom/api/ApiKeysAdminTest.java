package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The API keys screen is for admins only; it shows a new key once, and each key's use; a key can be revoked there. */
@IntegrationTest
class ApiKeysAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys keys;

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

        Document refused = AdminRequests.html(mvc.perform(post("/admin/api-keys")
                        .param("name", " ")
                        .param("scope", "public")
                        .with(csrf())
                        .with(AdminRequests.as(admin.id(), StaffRole.ADMIN)))
                .andExpect(status().isOk()));
        assertThat(refused.select(".error-summary").text()).contains("name");
    }
}
