package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.support.AdminRequests.EDITOR;
import static org.newsroom.support.AdminRequests.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.ZoneId;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.StoryInput;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.support.AdminWebTest;
import org.newsroom.support.StoryInputs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The conflict screen's buttons, without a database: which side each field is taken from, that a save by anyone since
 * the screen was shown writes nothing, and that every refusal shows the screen again with the editor's text.
 */
@AdminWebTest(ArticleConflictController.class)
@StoryEditorSlice
class ArticleConflictSliceTest {

    private static final long STORY = 5;
    /** The version of the other person's save, as the screen showed it. */
    private static final long THEIRS = 6;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DraftingService drafting;

    @MockitoBean
    EditorQueryService editorQueries;

    @MockitoBean
    ArticlePaths paths;

    @BeforeEach
    void theirSave() {
        given(paths.zone()).willReturn(ZoneId.of("Europe/Zurich"));
        given(editorQueries.open(eq(STORY), any(Actor.class))).willReturn(theirs(THEIRS));
    }

    @Test
    void aResolutionWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(mine("override").with(user(EDITOR))).andExpect(status().isForbidden());

        verifyNoInteractions(drafting);
    }

    @Test
    void mergingTakesThePickedFieldsFromTheirsAndKeepsMineForTheRest() throws Exception {
        mvc.perform(mine("merge")
                        .param("pick_headline", "theirs")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/articles/" + STORY + "/edit"))
                .andExpect(flash().attribute("success", "Saved."));

        verify(drafting)
                .saveResolved(
                        eq(STORY),
                        eq(THEIRS),
                        argThat(merged ->
                                "Their headline".equals(merged.headline()) && "My deck".equals(merged.deck())),
                        argThat(mineLeftOut -> "My headline".equals(mineLeftOut.headline())),
                        eq(true),
                        eq(true),
                        eq(EDITOR.actor()));
    }

    @Test
    void aMergeOverAVersionThatMovedOnShowsTheScreenAgainAndWritesNothing() throws Exception {
        given(editorQueries.open(eq(STORY), any(Actor.class))).willReturn(theirs(THEIRS + 1));

        Document page = html(mvc.perform(mine("merge").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/article/conflict")));

        assertThat(page.selectFirst("input[name=theirsVersion]").val()).isEqualTo(String.valueOf(THEIRS + 1));
        assertThat(page.selectFirst("input[name=headline]").val()).isEqualTo("My headline");
        verifyNoInteractions(drafting);
    }

    @Test
    void keepingACopySavesMyTextAsANewDraftWithoutTheSlug() throws Exception {
        given(drafting.create(any(StoryInput.class), eq(EDITOR.actor()))).willReturn(12L);

        mvc.perform(mine("copy").param("slug", "my-slug").with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/articles/12/edit"))
                .andExpect(flash().attribute(
                                "success",
                                "Your version is saved as a new draft. The other person's stays on the original."));

        verify(drafting)
                .create(
                        argThat(copy -> "My headline".equals(copy.headline()) && copy.slug() == null),
                        eq(EDITOR.actor()));
    }

    @Test
    void aRefusedOverrideShowsTheScreenAgainWithTheReasonAndMyText() throws Exception {
        willThrow(new RuleViolation("Another story has this slug."))
                .given(drafting)
                .saveResolved(
                        anyLong(),
                        anyLong(),
                        any(StoryInput.class),
                        any(),
                        anyBoolean(),
                        anyBoolean(),
                        any(Actor.class));

        Document page = html(mvc.perform(mine("override").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/article/conflict")));

        assertThat(page.select(".error-summary p").eachText()).contains("Another story has this slug.");
        assertThat(page.selectFirst("input[name=headline]").val()).isEqualTo("My headline");
    }

    @Test
    void aResolutionTheScreenDoesNotHaveAsksAgainAndWritesNothing() throws Exception {
        Document page = html(mvc.perform(mine("shrug").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/article/conflict")));

        assertThat(page.select(".error-summary p").eachText()).contains("Choose how to resolve the conflict.");
        verifyNoInteractions(drafting);
    }

    @Test
    void aResolutionWithoutTheVersionItWasShownIsABadRequest() throws Exception {
        mvc.perform(post("/admin/articles/" + STORY + "/resolve")
                        .param("resolution", "override")
                        .param("headline", "My headline")
                        .param("language", "en")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(drafting);
    }

    /** The conflict screen's form: my text, the version of theirs it showed, and the button pressed. */
    private static MockHttpServletRequestBuilder mine(String resolution) {
        return post("/admin/articles/" + STORY + "/resolve")
                .param("resolution", resolution)
                .param("theirsVersion", String.valueOf(THEIRS))
                .param("headline", "My headline")
                .param("deck", "My deck")
                .param("language", "en");
    }

    private static ArticleEditorView theirs(long version) {
        return EditorViews.editableDraft(
                STORY,
                version,
                StoryInputs.story("Their headline").deck("Their deck").build());
    }
}
