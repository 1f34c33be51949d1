package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.StoryInput;
import org.newsroom.article.StoryListQuery;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The editor's posts that name no button, or one no button has: what each handler per button leaves to the fallback.
 * And the take-over form, answered by the script's controller, still gets the admin's pages.
 */
@IntegrationTest
class EditorButtonsTest {

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
    void setUp() {
        editor = staff.create(StaffRole.EDITOR);
        sectionId = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @Test
    void aPostWithoutAButtonSavesAsTheSaveButtonDoes() throws Exception {
        long id = drafting.create(input("No button " + UUID.randomUUID()), editor.actor());
        long version = editorQueries.open(id, editor.actor()).version();

        MockHttpServletResponse response = mvc.perform(
                        form(post("/admin/articles/" + id), "Saved without a button", version))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");
        assertThat(editorQueries.open(id, editor.actor()).input().headline()).isEqualTo("Saved without a button");
    }

    @Test
    void anEmptyActionIsASaveToo() throws Exception {
        String headline = "Empty action " + UUID.randomUUID();

        MockHttpServletResponse response = mvc.perform(
                        form(post("/admin/articles"), headline, null).param("action", ""))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).matches("/admin/articles/\\d+/edit");
        assertThat(drafts(headline)).isEqualTo(1);
    }

    @Test
    void anActionNoButtonHasIsRefusedInTheEditorAndChangesNothing() throws Exception {
        long id = drafting.create(input("Unknown action " + UUID.randomUUID()), editor.actor());
        long version = editorQueries.open(id, editor.actor()).version();

        MockHttpServletResponse response = mvc.perform(
                        form(post("/admin/articles/" + id), "Should not be saved", version)
                                .param("action", "launch"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.text()).contains("Unknown action.");
        assertThat(page.select("#headline").val()).isEqualTo("Should not be saved");
        assertThat(editorQueries.open(id, editor.actor()).version()).isEqualTo(version);
        assertThat(editorQueries.open(id, editor.actor()).input().headline()).startsWith("Unknown action");
    }

    /** As before the handlers were split: the new story's draft is saved first, then the action is refused. */
    @Test
    void onANewStoryAnActionNoButtonHasIsRefusedAfterTheDraftIsSaved() throws Exception {
        String headline = "New with unknown action " + UUID.randomUUID();

        MockHttpServletResponse response = mvc.perform(
                        form(post("/admin/articles"), headline, null).param("action", "launch"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString()).text()).contains("Unknown action.");
        assertThat(drafts(headline)).isEqualTo(1);
    }

    @Test
    void theConflictScreenWithoutAResolutionIsA400AndWithAnUnknownOneAsksAgain() throws Exception {
        long id = drafting.create(input("Resolve " + UUID.randomUUID()), editor.actor());
        long version = editorQueries.open(id, editor.actor()).version();

        MockHttpServletResponse missing = mvc.perform(form(post("/admin/articles/" + id + "/resolve"), "Mine", null)
                        .param("theirsVersion", String.valueOf(version)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse unknown = mvc.perform(form(post("/admin/articles/" + id + "/resolve"), "Mine", null)
                        .param("resolution", "toss-a-coin")
                        .param("theirsVersion", String.valueOf(version)))
                .andReturn()
                .getResponse();

        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(unknown.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(unknown.getContentAsString()).text()).contains("Choose how to resolve the conflict.");
        assertThat(editorQueries.open(id, editor.actor()).version()).isEqualTo(version);
    }

    @Test
    void takingOverRedirectsToTheEditorSayingSoAndReleasingAnswersNothing() throws Exception {
        long id = drafting.create(input("Take over " + UUID.randomUUID()), editor.actor());

        MvcResult takeOver = mvc.perform(post("/admin/articles/" + id + "/take-over")
                        .with(user(editor))
                        .with(csrf()))
                .andReturn();
        MockHttpServletResponse release = mvc.perform(post("/admin/articles/" + id + "/release")
                        .with(user(editor))
                        .with(csrf())
                        .param("since", Instant.now().toString()))
                .andReturn()
                .getResponse();

        assertThat(takeOver.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");
        assertThat(takeOver.getFlashMap().get("success"))
                .isEqualTo("You took over this story. The person who had it open has been told.");
        assertThat(release.getStatus()).isEqualTo(204);
        assertThat(release.getContentAsString()).isEmpty();
    }

    @Test
    void aRefusedTakeOverIsTheAdminsErrorPageNotJson() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        post("/admin/articles/abc/take-over").with(user(editor)).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(Jsoup.parse(response.getContentAsString()).selectFirst(".admin-error__message"))
                .isNotNull();
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String headline, Long version) {
        request.with(user(editor))
                .with(csrf())
                .param("headline", headline)
                .param("body", "Body")
                .param("sectionId", String.valueOf(sectionId))
                .param("language", "en");
        return version == null ? request : request.param("version", String.valueOf(version));
    }

    private long drafts(String headline) {
        return editorQueries
                .list(new StoryListQuery(ArticleStatus.DRAFT, null, null, headline, "modified", 1), editor.actor())
                .total();
    }

    private StoryInput input(String headline) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body("Body")
                .sectionId(sectionId)
                .build();
    }
}
