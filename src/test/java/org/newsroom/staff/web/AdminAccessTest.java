package org.newsroom.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.support.AdminRequests.admin;
import static org.newsroom.support.AdminRequests.editor;
import static org.newsroom.support.AdminRequests.unique;
import static org.newsroom.support.AdminRequests.writer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may open the management screens, and that every change needs the form's CSRF token. */
@IntegrationTest
class AdminAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {"/admin/sections", "/admin/sections/new", "/admin/tags", "/admin/authors", "/admin/authors/new"})
    void aWriterIsForbiddenTheEditorsScreensWhichAnEditorMayOpen(String path) throws Exception {
        assertThat(status(get(path), writer())).isEqualTo(403);
        assertThat(status(get(path), editor())).isEqualTo(200);
    }

    @Test
    void aWriterCannotPostToTheEditorsScreens() throws Exception {
        String name = "By a writer " + unique();

        assertThat(status(
                        post("/admin/sections").with(csrf()).param("name", name).param("position", "0"), writer()))
                .isEqualTo(403);
        assertThat(status(post("/admin/authors").with(csrf()).param("name", name), writer()))
                .isEqualTo(403);
        assertThat(count("sections", name) + count("authors", name)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/staff", "/admin/staff/new"})
    void anEditorIsForbiddenTheStaffScreensWhichAnAdminMayOpen(String path) throws Exception {
        assertThat(status(get(path), editor())).isEqualTo(403);
        assertThat(status(get(path), admin())).isEqualTo(200);
    }

    @Test
    void anEditorCannotCreateOrChangeStaffAccounts() throws Exception {
        String suffix = unique();
        StaffSummary writer = staff.create(
                new NewStaffUser("w-" + suffix + "@test.example", "W", "a-long-password", StaffRole.WRITER));

        assertThat(status(
                        post("/admin/staff")
                                .with(csrf())
                                .param("email", "e-" + suffix + "@test.example")
                                .param("displayName", "E")
                                .param("password", "a-long-password")
                                .param("role", "ADMIN"),
                        editor()))
                .isEqualTo(403);
        assertThat(status(
                        post("/admin/staff/" + writer.id() + "/role")
                                .with(csrf())
                                .param("role", "ADMIN"),
                        editor()))
                .isEqualTo(403);

        assertThat(staff.find(writer.id()).orElseThrow().role()).isEqualTo(StaffRole.WRITER);
        assertThat(jdbc.sql("select count(*) from staff_users where email = :email")
                        .param("email", "e-" + suffix + "@test.example")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
        String name = "No token " + unique();
        StaffSummary writer = staff.create(
                new NewStaffUser("t-" + unique() + "@test.example", "T", "a-long-password", StaffRole.WRITER));

        assertThat(status(post("/admin/sections").param("name", name).param("position", "0"), editor()))
                .isEqualTo(403);
        assertThat(status(post("/admin/authors").param("name", name), editor())).isEqualTo(403);
        assertThat(status(post("/admin/staff/" + writer.id() + "/enabled").param("enabled", "false"), admin()))
                .isEqualTo(403);

        assertThat(count("sections", name) + count("authors", name)).isZero();
        assertThat(staff.find(writer.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() throws Exception {
        var response = mvc.perform(get("/admin/tags")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/admin/login");
    }

    private int status(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
    }

    private int count(String table, String name) {
        return jdbc.sql("select count(*) from " + table + " where name = :name")
                .param("name", name)
                .query(Integer.class)
                .single();
    }
}
