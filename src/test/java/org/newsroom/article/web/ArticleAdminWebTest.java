package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ArticleAdminWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    DraftingService drafting;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    private StaffPrincipal editor;
    private long sectionId;

    @BeforeEach
    void editor() {
        editor = staff.create(StaffRole.EDITOR);
        sectionId = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @Test
    void aMissingOrForgedCsrfTokenIsRefused() throws Exception {
        long id = drafting.create(input("CSRF target " + UUID.randomUUID()), editor.actor());
        long version = editorQueries.open(id, editor.actor()).version();

        int missing = mvc.perform(form(post("/admin/articles/" + id), "Changed by a forged request", version)
                        .with(user(editor)))
                .andReturn()
                .getResponse()
                .getStatus();
        int forged = mvc.perform(form(post("/admin/articles/" + id), "Changed by a forged request", version)
                        .with(user(editor))
                        .with(csrf().useInvalidToken()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(missing).isEqualTo(403);
        assertThat(forged).isEqualTo(403);
        assertThat(editorQueries.open(id, editor.actor()).input().headline()).startsWith("CSRF target");
    }

    @Test
    void anOversizedFieldGetsAMessageNextToItAndEverythingTypedStaysInTheForm() throws Exception {
        String tooLong = "H".repeat(201);
        var response = mvc.perform(post("/admin/articles")
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "save")
                        .param("headline", tooLong)
                        .param("deck", "D".repeat(401))
                        .param("body", "My carefully written body — with “quotes” and مرحبا 🎉")
                        .param("tags", "Alpha, Beta")
                        .param("byline", "Some Writer")
                        .param("dateline", "GENEVA")
                        .param("slug", "Bad Slug!")
                        .param("sectionId", String.valueOf(sectionId))
                        .param("language", "en"))
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.select(".field--error #headline")).hasSize(1);
        assertThat(page.selectFirst("#headline-error").text()).isEqualTo("A headline has at most 200 characters.");
        assertThat(page.selectFirst("#deck-error").text()).isEqualTo("A deck has at most 400 characters.");
        assertThat(page.selectFirst("#slug-error").text()).startsWith("Use lower-case letters");
        assertThat(page.selectFirst("#headline").val()).isEqualTo(tooLong);
        assertThat(page.selectFirst("#body").val()).isEqualTo("My carefully written body — with “quotes” and مرحبا 🎉");
        assertThat(page.selectFirst("#tags").val()).isEqualTo("Alpha, Beta");
        assertThat(page.selectFirst("#byline").val()).isEqualTo("Some Writer");
        assertThat(page.selectFirst("#dateline").val()).isEqualTo("GENEVA");
        assertThat(page.selectFirst("#slug").val()).isEqualTo("Bad Slug!");
        assertThat(page.selectFirst("#sectionId option[selected]").val()).isEqualTo(String.valueOf(sectionId));
    }

    @Test
    void everyFieldWithAnErrorIsMarkedInvalidAndDescribedByItsMessage() throws Exception {
        var response = mvc.perform(post("/admin/articles")
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "save")
                        .param("headline", "H".repeat(201))
                        .param("deck", "D".repeat(401))
                        .param("body", "Body")
                        .param("slug", "Bad Slug!")
                        .param("seoTitle", "S".repeat(201))
                        .param("sectionId", String.valueOf(sectionId))
                        .param("language", "en"))
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        var messages = page.select("form.story-form .field__error[id$=-error]");
        assertThat(messages.eachAttr("id")).contains("headline-error", "deck-error", "slug-error", "seoTitle-error");
        for (var message : messages) {
            String field = message.id().substring(0, message.id().length() - "-error".length());
            var control = page.getElementById(field);
            assertThat(control).as(field).isNotNull();
            assertThat(control.attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(control.attr("aria-describedby").split(" ")).as(field).contains(message.id());
        }
        assertThat(page.getElementById("dateline").attr("aria-invalid")).isEqualTo("false");
        assertThat(page.getElementById("dateline").hasAttr("aria-describedby")).isFalse();
    }

    @Test
    void publishingWithoutASectionSaysSoNextToTheSectionAndKeepsTheText() throws Exception {
        long id = drafting.create(
                StoryInputs.story("No section yet " + UUID.randomUUID())
                        .body("Text")
                        .build(),
                editor.actor());
        long version = editorQueries.open(id, editor.actor()).version();

        var response = mvc.perform(post("/admin/articles/" + id)
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "publish")
                        .param("headline", "Still no section")
                        .param("body", "Text I typed")
                        .param("language", "en")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.selectFirst("#sectionId-error").text()).isEqualTo("Choose a section before publishing.");
        assertThat(page.selectFirst("#body").val()).isEqualTo("Text I typed");
        assertThat(page.selectFirst("#headline").val()).isEqualTo("Still no section");
    }

    @Test
    void aConflictKeepsTheSecondEditorsTextInTheForm() throws Exception {
        long id = drafting.create(input("Two editors " + UUID.randomUUID()), editor.actor());
        long opened = editorQueries.open(id, editor.actor()).version();
        drafting.save(id, opened, input("Saved first"), editor.actor());

        var response = mvc.perform(form(post("/admin/articles/" + id), "Saved second", opened)
                        .with(user(editor))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Someone else saved this story");
        assertThat(page.selectFirst(".error-summary").text()).contains("Nothing was overwritten");
        assertThat(page.selectFirst("#headline").val()).isEqualTo("Saved second");
        assertThat(page.select(".conflict-table td").eachText()).contains("Keep mine Saved second");
        assertThat(editorQueries.open(id, editor.actor()).input().headline()).isEqualTo("Saved first");
    }

    @Test
    void thePreviewButtonWorksWithoutJavaScriptAndSavesNothing() throws Exception {
        long id = drafting.create(input("Preview me " + UUID.randomUUID()), editor.actor());
        long version = editorQueries.open(id, editor.actor()).version();

        var response = mvc.perform(post("/admin/articles/" + id)
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "preview")
                        .param("headline", "Preview me, changed")
                        .param("body", "Some **bold** text <script>alert(1)</script>")
                        .param("language", "en")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.select("#preview-pane strong").text()).isEqualTo("bold");
        assertThat(page.select("#preview-pane script")).isEmpty();
        assertThat(editorQueries.open(id, editor.actor()).input().headline()).startsWith("Preview me ");
    }

    @Test
    void theScriptedPreviewReturnsSanitizedHtml() throws Exception {
        var response = mvc.perform(post("/admin/articles/preview-markdown")
                        .with(user(editor))
                        .with(csrf())
                        .param("body", "# Title\n\n<img src=x onerror=alert(1)> *hi*"))
                .andReturn()
                .getResponse();

        assertThat(response.getContentAsString()).contains("<h2>Title</h2>").contains("<em>hi</em>");
        assertThat(response.getContentAsString()).doesNotContain("onerror");
    }

    @Test
    void thePreviewPageShowsTheWorkingCopyInTheArticleTemplateAndIsNeverIndexedOrCached() throws Exception {
        long id = drafting.create(input("Preview page " + UUID.randomUUID()), editor.actor());

        var response = mvc.perform(get("/admin/articles/" + id + "/preview").with(user(editor)))
                .andReturn()
                .getResponse();
        Document page = Jsoup.parse(response.getContentAsString());

        assertThat(page.selectFirst(".preview-banner").text()).startsWith("Preview");
        // A labelled landmark, so that a screen reader announces it as the preview notice, not as part of the story.
        assertThat(page.selectFirst(".preview-banner").attr("role")).isEqualTo("region");
        assertThat(page.selectFirst(".preview-banner").attr("aria-label")).isEqualTo("Preview");
        assertThat(page.selectFirst("h1").text()).startsWith("Preview page");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void adminPagesAreNeverCached() throws Exception {
        var response = mvc.perform(get("/admin").with(user(editor))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String headline, long version) {
        return request.param("action", "save")
                .param("headline", headline)
                .param("body", "Body")
                .param("sectionId", String.valueOf(sectionId))
                .param("language", "en")
                .param("version", String.valueOf(version));
    }

    private StoryInput input(String headline) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body("Body")
                .sectionId(sectionId)
                .build();
    }
}
