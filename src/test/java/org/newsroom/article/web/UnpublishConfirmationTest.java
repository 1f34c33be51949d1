package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Unpublishing is asked for twice, and the question says what readers will get. Without JavaScript: a page. */
@IntegrationTest
class UnpublishConfirmationTest {

    static final String CONSEQUENCE = "Readers who open this story will be told it was removed";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    private StaffPrincipal editor;
    private long id;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR);
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        StoryInput input = StoryInputs.story("Unpublish me " + AdminRequests.unique())
                .body("Body.")
                .sectionId(desk)
                .build();
        id = drafting.create(input, editor.actor());
        publishing.publish(id, version(), input, editor.actor());
    }

    @Test
    void theEditorsUnpublishButtonLeadsToAConfirmationNotToUnpublishing() throws Exception {
        Document edit = page("/admin/articles/" + id + "/edit");

        Element button = edit.selectFirst("a[data-unpublish]");
        assertThat(button.attr("href")).isEqualTo("/admin/articles/" + id + "/unpublish");
        assertThat(edit.select("button[name=action][value=unpublish]")).isEmpty();
        // The same confirmation, for the script to open as a dialog.
        Element dialog = edit.getElementById("unpublish-dialog");
        assertThat(dialog.tagName()).isEqualTo("dialog");
        assertThat(dialog.text()).contains(CONSEQUENCE);
        assertThat(dialog.selectFirst("form").attr("action")).isEqualTo("/admin/articles/" + id + "/unpublish");
    }

    @Test
    void theConfirmationPageSaysReadersGet410AtWhichAddressAndChangesNothing() throws Exception {
        String livePath = editorQueries.open(id, editor.actor()).livePath();

        Document confirm = page("/admin/articles/" + id + "/unpublish");

        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Unpublish this story?");
        assertThat(confirm.selectFirst(".unpublish__consequence").text())
                .contains(CONSEQUENCE)
                .contains("410 Gone")
                .contains("http://localhost:8080" + livePath);
        assertThat(confirm.selectFirst(".unpublish__url").attr("href")).isEqualTo("http://localhost:8080" + livePath);
        assertThat(confirm.selectFirst("form.unpublish__form").attr("method")).isEqualTo("post");
        assertThat(confirm.selectFirst("form.unpublish__form input[name=_csrf]"))
                .isNotNull();
        assertThat(editorQueries.open(id, editor.actor()).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void confirmingUnpublishes() throws Exception {
        MvcResult result = mvc.perform(post("/admin/articles/" + id + "/unpublish")
                        .with(user(editor))
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");
        assertThat(editorQueries.open(id, editor.actor()).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    }

    @Test
    void aConfirmationForAVersionSomeoneHasSavedSinceUnpublishesNothingAndSaysWhy() throws Exception {
        long seen = version();
        StoryInput changed = editorQueries.open(id, editor.actor()).input();
        drafting.save(
                id,
                seen,
                StoryInputs.story(changed.headline())
                        .body("Changed by someone else.")
                        .slug(changed.slug())
                        .sectionId(changed.sectionId())
                        .build(),
                editor.actor());

        MvcResult result = mvc.perform(post("/admin/articles/" + id + "/unpublish")
                        .with(user(editor))
                        .with(csrf())
                        .param("version", String.valueOf(seen)))
                .andReturn();

        assertThat(editorQueries.open(id, editor.actor()).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(result.getFlashMap().get("error").toString()).contains("was not unpublished");
    }

    @Test
    void theEditorFormCanNoLongerUnpublishUnasked() throws Exception {
        mvc.perform(post("/admin/articles/" + id)
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "unpublish")
                        .param(
                                "headline",
                                editorQueries.open(id, editor.actor()).input().headline())
                        .param("body", "Body.")
                        .param("language", "en")
                        .param("version", String.valueOf(version())))
                .andReturn();

        assertThat(editorQueries.open(id, editor.actor()).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(editor))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return AdminRequests.html(result);
    }

    private long version() {
        return editorQueries.open(id, editor.actor()).version();
    }
}
