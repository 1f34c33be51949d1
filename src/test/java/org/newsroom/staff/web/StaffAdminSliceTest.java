package org.newsroom.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.support.AdminRequests.ADMIN;
import static org.newsroom.support.AdminRequests.EDITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.newsroom.support.AdminWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The staff screens' own rules, without a database: only admins, CSRF on every change, forms shown again as typed. */
@AdminWebTest(StaffAdminController.class)
class StaffAdminSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffService staff;

    @Test
    void anEditorIsRefusedTheStaffScreensAndCannotCreateAnAccount() throws Exception {
        mvc.perform(get("/admin/staff").with(user(EDITOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("email", "new@test.example")
                        .param("displayName", "New Person")
                        .param("password", "a-long-test-password")
                        .param("role", "ADMIN"))
                .andExpect(status().isForbidden());

        verifyNoInteractions(staff);
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/staff"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/staff/2/enabled").with(user(ADMIN)).param("enabled", "false"))
                .andExpect(status().isForbidden());

        verifyNoInteractions(staff);
    }

    @Test
    void anInvalidNewAccountIsShownAgainWithWhatWasTypedAndNothingIsCreated() throws Exception {
        String html = mvc.perform(post("/admin/staff")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("email", "not an address")
                        .param("displayName", "Nadia Nour")
                        .param("password", "short")
                        .param("role", "WRITER"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/staff/new"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#email").val()).isEqualTo("not an address");
        assertThat(page.select("#displayName").val()).isEqualTo("Nadia Nour");
        assertThat(page.select("#email-error").text()).isEqualTo("Enter an email address, like name@example.org.");
        assertThat(page.select("#password-error").text()).isEqualTo("A password has at least 12 characters.");
        assertThat(page.select("input[name=role][checked]").val()).isEqualTo("WRITER");
        verify(staff, never()).create(any(NewStaffUser.class), any(Actor.class));
    }

    @Test
    void aRefusalOfTheServiceIsShownNextToItsField() throws Exception {
        willThrow(new RuleViolation("email", "An account with this email address exists."))
                .given(staff)
                .create(any(NewStaffUser.class), any(Actor.class));

        String html = mvc.perform(post("/admin/staff")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("email", "taken@test.example")
                        .param("displayName", "Tomas Taken")
                        .param("password", "a-long-test-password")
                        .param("role", "EDITOR"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/staff/new"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#email-error").text()).isEqualTo("An account with this email address exists.");
        assertThat(page.select("#email").val()).isEqualTo("taken@test.example");
    }

    @Test
    void aNewAccountRedirectsToTheListSayingWhoCanSignIn() throws Exception {
        given(staff.create(any(NewStaffUser.class), any(Actor.class)))
                .willReturn(
                        new StaffSummary(3, "nadia@test.example", "Nadia Nour", StaffRole.EDITOR, true, Instant.EPOCH));

        mvc.perform(post("/admin/staff")
                        .with(user(ADMIN))
                        .with(csrf())
                        .param("email", "nadia@test.example")
                        .param("displayName", "Nadia Nour")
                        .param("password", "a-long-test-password")
                        .param("role", "EDITOR"))
                .andExpect(redirectedUrl("/admin/staff"))
                .andExpect(flash().attribute(
                                "success", "Account created: Nadia Nour can sign in as nadia@test.example (Editor)."));
    }

    @Test
    void aRefusedRoleChangeShowsTheListWithTheMessageInThatRow() throws Exception {
        StaffSummary ada = new StaffSummary(1, "admin@test.example", "Ada Admin", StaffRole.ADMIN, true, Instant.EPOCH);
        given(staff.find(1)).willReturn(Optional.of(ada));
        given(staff.list()).willReturn(List.of(ada));
        willThrow(new RuleViolation("The last admin cannot stop being one."))
                .given(staff)
                .changeRole(1, StaffRole.WRITER, ADMIN.actor());

        mvc.perform(post("/admin/staff/1/role").with(user(ADMIN)).with(csrf()).param("role", "WRITER"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/staff/list"))
                .andExpect(
                        result -> assertThat(result.getModelAndView().getModel().get("rowError"))
                                .isEqualTo(new StaffAdminController.RowError(
                                        1, "role", "The last admin cannot stop being one.", StaffRole.WRITER)));
    }
}
