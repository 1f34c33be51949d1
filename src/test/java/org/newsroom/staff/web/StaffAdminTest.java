package org.newsroom.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsroom.support.AdminRequests.admin;
import static org.newsroom.support.AdminRequests.as;
import static org.newsroom.support.AdminRequests.fieldError;
import static org.newsroom.support.AdminRequests.html;
import static org.newsroom.support.AdminRequests.unique;
import static org.newsroom.support.AdminRequests.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.Actor;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.StaffBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class StaffAdminTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
        String suffix = unique();
        String email = "new.person-" + suffix + "@test.example";

        MvcResult result = create(Map.of(
                "email", "  New.Person-" + suffix + "@Test.Example ",
                "displayName", "Nadia 🗞️ " + suffix,
                "password", "correct-horse-" + suffix,
                "role", "EDITOR"));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("success")).asString().contains(email, "Editor");
        StaffSummary created = staff.list().stream()
                .filter(member -> member.email().equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(created.displayName()).isEqualTo("Nadia 🗞️ " + suffix);
        assertThat(created.role()).isEqualTo(StaffRole.EDITOR);
        assertThat(created.enabled()).isTrue();
        assertThat(jdbc.sql("select password_hash from staff_users where email = :email")
                        .param("email", email)
                        .query(String.class)
                        .single())
                .doesNotContain("correct-horse");

        StaffBrowser browser = new StaffBrowser(port);
        browser.signIn(email, "correct-horse-" + suffix);
        assertThat(browser.get("/admin/sections").statusCode()).isEqualTo(200);
    }

    @Test
    void aShortPasswordGetsAMessageAndEverythingElseStaysInTheForm() throws Exception {
        String suffix = unique();

        Document page = html(create(Map.of(
                "email",
                "short-" + suffix + "@test.example",
                "displayName",
                "Short " + suffix,
                "password",
                "too-short",
                "role",
                "WRITER")));

        assertThat(fieldError(page, "password")).contains("at least 12 characters");
        assertThat(value(page, "email")).isEqualTo("short-" + suffix + "@test.example");
        assertThat(value(page, "displayName")).isEqualTo("Short " + suffix);
        assertThat(value(page, "password")).isEmpty();
        assertThat(page.selectFirst("input[name=role][value=WRITER]").hasAttr("checked"))
                .isTrue();
        assertThat(emailsLike("short-" + suffix)).isZero();
    }

    @Test
    void aPasswordLongerThanBcryptReadsGetsAMessageNotAnError() throws Exception {
        String suffix = unique();

        MvcResult result = create(Map.of(
                "email",
                "long-" + suffix + "@test.example",
                "displayName",
                "Long " + suffix,
                "password",
                "ü".repeat(40),
                "role",
                "WRITER"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(fieldError(html(result), "password")).contains("at most 72 bytes");
        assertThat(emailsLike("long-" + suffix)).isZero();
    }

    @Test
    void anEmailThatHasAnAccountAlreadyOrIsNoEmailIsRefused() throws Exception {
        String suffix = unique();
        staff.create(
                new NewStaffUser("taken-" + suffix + "@test.example", "Taken", "a-long-password", StaffRole.WRITER));

        Document taken = html(create(Map.of(
                "email", "TAKEN-" + suffix + "@test.example",
                "displayName", "Again",
                "password", "a-long-password",
                "role", "WRITER")));
        assertThat(fieldError(taken, "email")).isEqualTo("There is already a staff account with this email.");

        Document notAnEmail = html(create(Map.of(
                "email",
                "nobody at example",
                "displayName",
                "Nobody",
                "password",
                "a-long-password",
                "role",
                "WRITER")));
        assertThat(fieldError(notAnEmail, "email")).contains("Enter an email address");

        Document unknownRole = html(create(Map.of(
                "email", "root-" + suffix + "@test.example",
                "displayName", "Root",
                "password", "a-long-password",
                "role", "ROOT")));
        assertThat(fieldError(unknownRole, "role1")).isEqualTo("Choose a role from the list.");
        assertThat(unknownRole.select("input[name=role][checked]")).isEmpty();

        Document everythingWrong =
                html(create(Map.of("email", "nobody", "displayName", " ", "password", "short", "role", "WRITER")));
        assertThat(everythingWrong.select(".error-summary a").eachAttr("href"))
                .containsExactly("#email", "#displayName", "#password");
        assertThat(fieldError(everythingWrong, "email")).isEqualTo("Enter an email address, like name@example.org.");
    }

    @Test
    void anAdminChangesARoleAndTheirOpenSessionEnds() throws Exception {
        String suffix = unique();
        String email = "writer-" + suffix + "@test.example";
        StaffSummary writer = staff.create(
                new NewStaffUser(email, "Writer " + suffix, "writer-password-" + suffix, StaffRole.WRITER));
        StaffBrowser theirBrowser = new StaffBrowser(port);
        theirBrowser.signIn(email, "writer-password-" + suffix);
        assertThat(theirBrowser.get("/admin/sections").statusCode()).isEqualTo(403);

        MvcResult result = mvc.perform(post("/admin/staff/" + writer.id() + "/role")
                        .with(admin())
                        .with(csrf())
                        .param("role", "EDITOR"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("success")).asString().isEqualTo("Writer " + suffix + " is now an Editor.");
        assertThat(staff.find(writer.id()).orElseThrow().role()).isEqualTo(StaffRole.EDITOR);
        assertThat(theirBrowser.get("/admin/sections").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login"));
        theirBrowser.signIn(email, "writer-password-" + suffix);
        assertThat(theirBrowser.get("/admin/sections").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminDisablesAndEnablesAnAccount() throws Exception {
        String suffix = unique();
        String email = "disabled-" + suffix + "@test.example";
        StaffSummary member = staff.create(
                new NewStaffUser(email, "Disabled " + suffix, "their-password-" + suffix, StaffRole.EDITOR));
        StaffBrowser theirBrowser = new StaffBrowser(port);
        theirBrowser.signIn(email, "their-password-" + suffix);
        assertThat(theirBrowser.get("/admin/sections").statusCode()).isEqualTo(200);

        MvcResult disabled = setEnabled(member.id(), false, admin());

        assertThat(disabled.getResponse().getStatus()).isEqualTo(302);
        assertThat(staff.find(member.id()).orElseThrow().enabled()).isFalse();
        assertThat(theirBrowser.get("/admin/sections").statusCode()).isEqualTo(302);
        assertThat(theirBrowser
                        .signIn(email, "their-password-" + suffix)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login?error"));
        // That refused sign-in counts only for this account from this address, and once among this address's
        // hourly failures: no other sign-in of the test run is slowed by it.

        assertThat(setEnabled(member.id(), true, admin()).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(staff.find(member.id()).orElseThrow().enabled()).isTrue();
        theirBrowser.signIn(email, "their-password-" + suffix);
        assertThat(theirBrowser.get("/admin/sections").statusCode()).isEqualTo(200);
    }

    /** Rolled back at the end: the other admins of the shared test database are disabled only inside it. */
    @Test
    @Transactional
    void theLastAdminCanBeNeitherDisabledNorDemoted() throws Exception {
        String suffix = unique();
        StaffSummary last = staff.create(new NewStaffUser(
                "last-" + suffix + "@test.example", "Last " + suffix, "a-long-password", StaffRole.ADMIN));
        jdbc.sql("update staff_users set enabled = false where role = 'ADMIN' and id <> :id")
                .param("id", last.id())
                .update();

        Document disabling = html(setEnabled(last.id(), false, as(last.id(), StaffRole.ADMIN)));
        assertThat(fieldError(disabling, "enabled-" + last.id())).isEqualTo("The last admin cannot be disabled.");
        assertThat(disabling.selectFirst(".error-summary").text()).contains("The last admin cannot be disabled.");

        Document demoting = html(mvc.perform(post("/admin/staff/" + last.id() + "/role")
                        .with(as(last.id(), StaffRole.ADMIN))
                        .with(csrf())
                        .param("role", "WRITER"))
                .andReturn());
        assertThat(fieldError(demoting, "role-" + last.id())).isEqualTo("The last admin cannot lose the admin role.");
        assertThat(demoting.selectFirst("#role-" + last.id() + " option[selected]")
                        .attr("value"))
                .isEqualTo("WRITER");

        StaffSummary after = staff.find(last.id()).orElseThrow();
        assertThat(after.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(after.enabled()).isTrue();
    }

    @Test
    void onlyAnAdminCanManageAccountsThroughTheServiceEither() {
        String suffix = unique();
        StaffSummary member = staff.create(
                new NewStaffUser("target-" + suffix + "@test.example", "Target", "a-long-password", StaffRole.WRITER));
        Actor editor = new Actor(-1, "An editor", StaffRole.EDITOR);

        assertThatThrownBy(() -> staff.changeRole(member.id(), StaffRole.ADMIN, editor))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.setEnabled(member.id(), false, editor))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.create(
                        new NewStaffUser("x-" + suffix + "@test.example", "X", "a-long-password", StaffRole.ADMIN),
                        editor))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.find(member.id()).orElseThrow().role()).isEqualTo(StaffRole.WRITER);
    }

    private MvcResult create(Map<String, String> fields) throws Exception {
        var request = post("/admin/staff").with(admin()).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private MvcResult setEnabled(
            long id, boolean enabled, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(post("/admin/staff/" + id + "/enabled")
                        .with(who)
                        .with(csrf())
                        .param("enabled", String.valueOf(enabled)))
                .andReturn();
    }

    private int emailsLike(String prefix) {
        return jdbc.sql("select count(*) from staff_users where email like :prefix")
                .param("prefix", prefix + "%")
                .query(Integer.class)
                .single();
    }
}
