package org.newsroom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class StaffLoginTest {

    static final String BAD_CREDENTIALS = "Email or password is incorrect.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    StaffService staffService;

    @Test
    void theRightPasswordSignsInAndLeadsToTheStories() throws Exception {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR);

        MvcResult result = login(editor.email(), Staff.PASSWORD, freshAddress());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        var stories = mvc.perform(get("/admin").cookie(result.getResponse().getCookies()))
                .andReturn()
                .getResponse();
        assertThat(stories.getStatus()).isEqualTo(200);
        assertThat(stories.getContentAsString()).contains(editor.displayName());
    }

    @Test
    void aWrongPasswordAnUnknownAccountAndADisabledAccountGetTheSameMessage() throws Exception {
        StaffPrincipal writer = staff.create(StaffRole.WRITER);
        StaffPrincipal disabled = staff.create(StaffRole.WRITER);
        staffService.setEnabled(disabled.id(), false);

        assertThat(messageAfter(login(writer.email(), "wrong-password-123", freshAddress())))
                .isEqualTo(BAD_CREDENTIALS);
        assertThat(messageAfter(login("nobody-" + UUID.randomUUID() + "@test.example", "whatever-123", freshAddress())))
                .isEqualTo(BAD_CREDENTIALS);
        assertThat(messageAfter(login(disabled.email(), Staff.PASSWORD, freshAddress())))
                .isEqualTo(BAD_CREDENTIALS);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR);
        Cookie[] cookies = login(editor.email(), Staff.PASSWORD, freshAddress())
                .getResponse()
                .getCookies();

        var logout = mvc.perform(post("/admin/logout").cookie(cookies).with(csrf()))
                .andReturn()
                .getResponse();
        var after = mvc.perform(get("/admin").cookie(cookies)).andReturn().getResponse();

        assertThat(logout.getRedirectedUrl()).isEqualTo("/admin/login?signedOut");
        assertThat(after.getStatus()).isEqualTo(302);
        assertThat(after.getRedirectedUrl()).contains("/admin/login");
    }

    @Test
    void passwordsAreStoredHashedWithTheDelegatingEncoder() {
        StaffPrincipal writer = staff.create(StaffRole.WRITER);

        String hash = staffService.findPrincipal(writer.email()).orElseThrow().getPassword();

        assertThat(hash).startsWith("{bcrypt}").doesNotContain(Staff.PASSWORD);
    }

    private MvcResult login(String email, String password, String address) throws Exception {
        return mvc.perform(post("/admin/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    /** The message the login page shows after a failed attempt. */
    private String messageAfter(MvcResult failed) throws Exception {
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/admin/login?error");
        var page = mvc.perform(get("/admin/login")
                        .param("error", "")
                        .cookie(failed.getResponse().getCookies()))
                .andReturn()
                .getResponse();
        var summary = Jsoup.parse(page.getContentAsString()).selectFirst(".error-summary");
        assertThat(summary)
                .as("status %s: %s", page.getStatus(), page.getContentAsString())
                .isNotNull();
        return summary.text();
    }

    private static String freshAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
