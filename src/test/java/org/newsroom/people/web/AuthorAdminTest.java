package org.newsroom.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.support.AdminRequests.editor;
import static org.newsroom.support.AdminRequests.fieldError;
import static org.newsroom.support.AdminRequests.html;
import static org.newsroom.support.AdminRequests.unique;
import static org.newsroom.support.AdminRequests.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorInput;
import org.newsroom.people.AuthorService;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.StaffBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class AuthorAdminTest {

    static final String ARABIC_BIO =
            "مراسلة في عمّان منذ ٢٠١٩ 🇯🇴✍️\nتكتب عن المياه والمناخ 🌍🔥 — and in English: water & climate.";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuthorService authors;

    @Autowired
    StaffService staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuthorWithAnArabicAndEmojiBioIsCreatedAndShownExactlyAsTyped() {
        String suffix = unique();
        String password = "editor-password-" + suffix;
        String email = "editor-" + suffix + "@test.example";
        staff.create(new NewStaffUser(email, "Editor " + suffix, password, StaffRole.EDITOR));
        StaffBrowser browser = new StaffBrowser(port);
        assertThat(browser.signIn(email, password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        String name = "سارة المصري 🌙 " + suffix;

        HttpResponse<String> created = browser.post(
                "/admin/authors",
                Map.of("name", name, "slug", "sara-" + suffix, "bio", ARABIC_BIO.replace("\n", "\r\n")));

        assertThat(created.statusCode()).isEqualTo(302);
        var row = jdbc.sql("select id, name, bio from authors where slug = :slug")
                .param("slug", "sara-" + suffix)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("name"), rs.getString("bio")})
                .single();
        assertThat(row[1]).isEqualTo(name);
        assertThat(row[2]).isEqualTo(ARABIC_BIO);
        Document edit =
                Jsoup.parse(browser.get("/admin/authors/" + row[0] + "/edit").body());
        assertThat(value(edit, "name")).isEqualTo(name);
        assertThat(value(edit, "bio")).isEqualTo(ARABIC_BIO);
        Document list = Jsoup.parse(browser.get("/admin/authors").body());
        assertThat(list.select("table.authors th").eachText()).contains(name);
    }

    @Test
    void aNameWithNothingToMakeASlugFromNeedsASlugOfItsOwn() throws Exception {
        Document page = html(create(Map.of("name", "🌙 ✨", "slug", "", "bio", "")));

        assertThat(fieldError(page, "slug")).contains("Enter a slug");
        assertThat(value(page, "name")).isEqualTo("🌙 ✨");
    }

    @Test
    void aNameInAnotherScriptGetsATransliteratedSlug() throws Exception {
        String suffix = unique();

        MvcResult result = create(Map.of("name", "سارة " + suffix, "slug", "", "bio", ""));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select slug from authors where name = :name")
                        .param("name", "سارة " + suffix)
                        .query(String.class)
                        .single())
                .matches("[a-z0-9]+(-[a-z0-9]+)*")
                .endsWith(suffix);
    }

    @Test
    void anEmptySlugIsMadeFromTheName() throws Exception {
        String suffix = unique();

        MvcResult result = create(Map.of("name", "José Müller " + suffix, "slug", "", "bio", ""));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select name from authors where slug = :slug")
                        .param("slug", "jose-muller-" + suffix)
                        .query(String.class)
                        .single())
                .isEqualTo("José Müller " + suffix);
    }

    @Test
    void aSlugThatAnotherAuthorUsesIsRefused() throws Exception {
        String suffix = unique();
        authors.createAuthor(new AuthorInput("First " + suffix, "same-" + suffix, null, null));

        Document page = html(create(Map.of("name", "Second " + suffix, "slug", "same-" + suffix, "bio", "Bio")));

        assertThat(fieldError(page, "slug")).contains("“First " + suffix + "”", "already uses the slug");
        assertThat(value(page, "bio")).isEqualTo("Bio");
    }

    @Test
    void aBioLongerThan2000CharactersGetsAMessageAndIsKept() throws Exception {
        String bio = "ب".repeat(2001);

        Document page = html(create(Map.of("name", "Long bio " + unique(), "slug", "", "bio", bio)));

        assertThat(fieldError(page, "bio")).isEqualTo("A bio has at most 2,000 characters.");
        assertThat(value(page, "bio")).isEqualTo(bio);
    }

    @Test
    void aBioOfExactly2000CharactersWithLineBreaksFitsAsTheBrowserCountsIt() throws Exception {
        String suffix = unique();
        String bio = String.join("\r\n", Collections.nCopies(20, "x".repeat(99))) + "x";
        assertThat(bio).hasSize(2019);

        MvcResult result = create(Map.of("name", "Full bio " + suffix, "slug", "full-bio-" + suffix, "bio", bio));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select bio from authors where slug = :slug")
                        .param("slug", "full-bio-" + suffix)
                        .query(String.class)
                        .single())
                .hasSize(2000)
                .doesNotContain("\r");
    }

    @Test
    void aStaffMemberCanBeLinkedToOneAuthorOnly() throws Exception {
        String suffix = unique();
        StaffSummary member = staff.create(new NewStaffUser(
                "linked-" + suffix + "@test.example", "Linked " + suffix, "a-long-password", StaffRole.WRITER));
        AuthorDetails first = authors.createAuthor(new AuthorInput("First " + suffix, "", null, member.id()));
        assertThat(first.staffUserId()).isEqualTo(member.id());

        Document page = html(create(
                Map.of("name", "Second " + suffix, "slug", "", "bio", "", "staffUserId", String.valueOf(member.id()))));

        assertThat(fieldError(page, "staffUserId"))
                .contains("Linked " + suffix, "already linked to the author “First " + suffix + "”");
        assertThat(page.selectFirst("#staffUserId option[selected]").text()).contains("Linked " + suffix);

        MvcResult unlinked = mvc.perform(post("/admin/authors/" + first.id())
                        .with(editor())
                        .with(csrf())
                        .param("name", first.name())
                        .param("slug", first.slug())
                        .param("bio", "")
                        .param("staffUserId", ""))
                .andReturn();
        assertThat(unlinked.getResponse().getStatus()).isEqualTo(302);
        assertThat(authors.getAuthor(first.id()).staffUserId()).isNull();
    }

    @Test
    void anUnknownStaffAccountIsRefused() throws Exception {
        Document page = html(
                create(Map.of("name", "Nobody " + unique(), "slug", "", "bio", "", "staffUserId", "987654321098")));

        assertThat(fieldError(page, "staffUserId")).isEqualTo("Choose a staff member from the list.");
    }

    @Test
    void aMissingNameIsAskedFor() throws Exception {
        Document page = html(create(Map.of("name", "   ", "slug", "x-" + unique(), "bio", "Kept")));

        assertThat(fieldError(page, "name")).isEqualTo("Enter a name.");
        assertThat(value(page, "bio")).isEqualTo("Kept");
    }

    private MvcResult create(Map<String, String> fields) throws Exception {
        var request = post("/admin/authors").with(editor()).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn();
    }
}
