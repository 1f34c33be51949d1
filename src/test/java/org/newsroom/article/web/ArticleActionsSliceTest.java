package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.support.AdminRequests.EDITOR;
import static org.newsroom.support.AdminRequests.WRITER;
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
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PreviewService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.Actor;
import org.newsroom.support.AdminWebTest;
import org.newsroom.support.StoryInputs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The story editor's buttons, without a database: each button's handler, what a form that will not save shows, where
 * each answer goes, and that a refusal of the services stays a refusal. Whether a rule of the newsroom holds (who may
 * publish) is the services' and is tested with them; here it is that the controller does not swallow it.
 */
@AdminWebTest(ArticleActionsController.class)
@StoryEditorSlice
@Import(ButtonSequence.class)
class ArticleActionsSliceTest {

    private static final long STORY = 5;
    private static final long VERSION = 4;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DraftingService drafting;

    @MockitoBean
    PublishingService publishing;

    @MockitoBean
    EditorQueryService editorQueries;

    @MockitoBean
    PreviewService previews;

    @MockitoBean
    ArticlePaths paths;

    @BeforeEach
    void aSavedDraft() {
        given(paths.zone()).willReturn(ZoneId.of("Europe/Zurich"));
        given(editorQueries.open(eq(STORY), any(Actor.class))).willReturn(draft(STORY));
    }

    @Test
    void aButtonWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(story(post("/admin/articles/" + STORY), "Changed by a forged request")
                        .with(user(EDITOR))
                        .param("action", "publish"))
                .andExpect(status().isForbidden());

        verifyNoInteractions(drafting, publishing);
    }

    @Test
    void anActionNoButtonHasIsRefusedInTheEditorWithTheTextKept() throws Exception {
        Document page = html(mvc.perform(story(post("/admin/articles/" + STORY), "My headline")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "launch-rockets"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/article/edit")));

        assertThat(page.select(".error-summary li").eachText()).containsExactly("Unknown action.");
        assertThat(page.selectFirst("#headline").val()).isEqualTo("My headline");
        verifyNoInteractions(drafting, publishing);
    }

    @Test
    void aPostNamingNoButtonIsASave() throws Exception {
        mvc.perform(story(post("/admin/articles/" + STORY), "Saved by Enter")
                        .with(user(EDITOR))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/articles/" + STORY + "/edit"))
                .andExpect(flash().attribute("success", "Saved."));

        verify(drafting).save(eq(STORY), eq(VERSION), headline("Saved by Enter"), eq(EDITOR.actor()));
    }

    @Test
    void aWriterPressingPublishIsRefusedByTheServerWithA403() throws Exception {
        willThrow(new AccessDeniedException("Only editors publish and unpublish stories."))
                .given(publishing)
                .publish(anyLong(), anyLong(), any(StoryInput.class), any(Actor.class));

        mvc.perform(story(post("/admin/articles/" + STORY), "My headline")
                        .with(user(WRITER))
                        .with(csrf())
                        .param("action", "publish"))
                .andExpect(status().isForbidden());

        verify(publishing).publish(eq(STORY), eq(VERSION), headline("My headline"), eq(WRITER.actor()));
    }

    @Test
    void aFormThatWillNotSaveIsShownAgainAsTypedWithTheMessageAndNothingIsPublished() throws Exception {
        String tooLong = "H".repeat(201);
        Document page = html(mvc.perform(story(post("/admin/articles/" + STORY), tooLong)
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "publish")
                        .param("body", "My carefully written body — with “quotes” and مرحبا")
                        .param("dateline", "GENEVA"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/article/edit")));

        assertThat(page.selectFirst("#headline-error").text()).isEqualTo("A headline has at most 200 characters.");
        assertThat(page.selectFirst("#headline").val()).isEqualTo(tooLong);
        assertThat(page.selectFirst("#body").val()).isEqualTo("My carefully written body — with “quotes” and مرحبا");
        assertThat(page.selectFirst("#dateline").val()).isEqualTo("GENEVA");
        verifyNoInteractions(publishing);
        verify(drafting, never()).create(any(), any());
    }

    @Test
    void aButtonOnANewStorySavesItAsADraftFirstThenDoesItsWorkOnThatVersion() throws Exception {
        given(drafting.create(any(StoryInput.class), eq(EDITOR.actor()))).willReturn(9L);
        given(editorQueries.open(eq(9L), any(Actor.class))).willReturn(draft(9));

        // A new story's form has no version yet: the button works on the draft's, as the draft was saved.
        mvc.perform(post("/admin/articles")
                        .param("headline", "Straight to print")
                        .param("language", "en")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "publish"))
                .andExpect(redirectedUrl("/admin/articles/9/edit"))
                .andExpect(flash().attribute("success", "Published."));

        verify(drafting).create(headline("Straight to print"), eq(EDITOR.actor()));
        verify(publishing).publish(eq(9L), eq(VERSION), headline("Straight to print"), eq(EDITOR.actor()));
    }

    @Test
    void aButtonThatDoesNotSaveTheTextIsCarriedOutEvenWhenTheFormWouldNotSave() throws Exception {
        mvc.perform(story(post("/admin/articles/" + STORY), "H".repeat(201))
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "cancel-schedule"))
                .andExpect(redirectedUrl("/admin/articles/" + STORY + "/edit"))
                .andExpect(flash().attribute("success", "Schedule cancelled. The story is saved, not published."));

        verify(publishing).cancelSchedule(STORY, VERSION, EDITOR.actor());
    }

    @Test
    void schedulingWithoutATimeSaysSoNextToTheTimeAndSchedulesNothing() throws Exception {
        Document page = html(mvc.perform(story(post("/admin/articles/" + STORY), "Later")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "schedule")
                        .param("scheduleAt", " "))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/article/edit")));

        assertThat(page.selectFirst("#scheduleAt-error").text()).isEqualTo("Enter the date and time of publication.");
        verify(publishing, never()).schedule(anyLong(), anyLong(), any(), any(), anyBoolean(), any());
    }

    @Test
    void aMinorFixSaysTheUpdatedTimeDidNotChange() throws Exception {
        mvc.perform(story(post("/admin/articles/" + STORY), "Typo fixed")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "publish-update")
                        .param("publicUpdate", "false"))
                .andExpect(redirectedUrl("/admin/articles/" + STORY + "/edit"))
                .andExpect(flash().attribute(
                                "success", "Update published as a minor fix; the Updated time did not change."));

        verify(publishing)
                .publishUpdate(STORY, VERSION, StoryInputs.story("Typo fixed").build(), false, EDITOR.actor());
    }

    @Test
    void someoneElsesSaveInBetweenShowsTheConflictScreen() throws Exception {
        willThrow(new EditConflictException())
                .given(drafting)
                .save(anyLong(), anyLong(), any(StoryInput.class), any(Actor.class));

        mvc.perform(story(post("/admin/articles/" + STORY), "Mine")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/article/conflict"));
    }

    @Test
    void aDeletedDraftGoesBackToTheListSayingSo() throws Exception {
        mvc.perform(story(post("/admin/articles/" + STORY), "Gone")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("action", "delete"))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("success", "Draft deleted."));

        verify(drafting).deleteDraft(STORY, VERSION, EDITOR.actor());
    }

    /** The editor's form as the browser posts it for a story at {@link #VERSION}, in English. */
    private static MockHttpServletRequestBuilder story(MockHttpServletRequestBuilder post, String headline) {
        return post.param("headline", headline).param("language", "en").param("version", String.valueOf(VERSION));
    }

    private static StoryInput headline(String headline) {
        return org.mockito.ArgumentMatchers.argThat(input -> input != null && headline.equals(input.headline()));
    }

    private static ArticleEditorView draft(long id) {
        return EditorViews.editableDraft(
                id, VERSION, StoryInputs.story("Saved headline").build());
    }
}
