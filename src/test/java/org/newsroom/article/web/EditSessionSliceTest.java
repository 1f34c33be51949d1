package org.newsroom.article.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.support.AdminRequests.EDITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditBases;
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditLocks;
import org.newsroom.article.EditPresence;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.article.StoryInput;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.support.AdminWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The editor script's calls, without a database: what each status code of the autosave means to the script, the
 * heartbeat's answer, and CSRF on every one of them.
 */
@AdminWebTest(EditSessionController.class)
@Import(StoryMerges.class)
@MockitoBean(types = {EditBases.class, HistoryService.class})
class EditSessionSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DraftingService drafting;

    @MockitoBean
    EditorQueryService editorQueries;

    @MockitoBean
    EditLocks locks;

    @MockitoBean
    ArticlePaths paths;

    @Test
    void noCallOfTheScriptIsTakenWithoutTheCsrfToken() throws Exception {
        mvc.perform(autosave("Forged").with(user(EDITOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/articles/5/heartbeat").with(user(EDITOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/articles/5/take-over").with(user(EDITOR))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/articles/5/release").with(user(EDITOR)).param("since", "2026-12-01T10:00:00Z"))
                .andExpect(status().isForbidden());

        verifyNoInteractions(drafting, editorQueries, locks);
    }

    @Test
    void anAutosaveAnswersTheNewVersion() throws Exception {
        given(drafting.autosave(eq(5L), eq(4L), any(StoryInput.class), eq(EDITOR.actor())))
                .willReturn(5L);

        mvc.perform(autosave("Still writing").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("saved"))
                .andExpect(jsonPath("$.version").value(5));

        verify(drafting)
                .autosave(
                        eq(5L), eq(4L), argThat(input -> "Still writing".equals(input.headline())), eq(EDITOR.actor()));
    }

    @Test
    void anAutosaveOfTextThatCannotBeSavedIs422NamingTheFieldAndSavesNothing() throws Exception {
        mvc.perform(autosave("").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("invalid"))
                .andExpect(jsonPath("$.errors.headline").value("Enter a headline."));

        verifyNoInteractions(drafting);
    }

    @Test
    void anAutosaveTheServiceRefusesIs422WithItsReasonByField() throws Exception {
        willThrow(new RuleViolation("slug", "Another story has this slug."))
                .given(drafting)
                .autosave(anyLong(), anyLong(), any(StoryInput.class), any(Actor.class));

        mvc.perform(autosave("Taken slug").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("invalid"))
                .andExpect(jsonPath("$.errors.slug").value("Another story has this slug."));
    }

    @Test
    void anAutosaveAfterSomeoneElsesSaveIs409SoThatTheEditorKeepsTheText() throws Exception {
        willThrow(new EditConflictException())
                .given(drafting)
                .autosave(anyLong(), anyLong(), any(StoryInput.class), any(Actor.class));

        mvc.perform(autosave("Mine").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value("conflict"));
    }

    @Test
    void theHeartbeatSaysWhoElseHasTheStoryOpenAndSince() throws Exception {
        Instant since = Instant.parse("2026-12-01T09:30:00Z");
        given(locks.heartbeat(5, EDITOR.actor())).willReturn(new EditPresence("other", "Ana Reyes", since));
        given(paths.zoned(since)).willReturn("10:30");

        mvc.perform(post("/admin/articles/5/heartbeat").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("other"))
                .andExpect(jsonPath("$.name").value("Ana Reyes"))
                .andExpect(jsonPath("$.since").value("10:30"))
                .andExpect(jsonPath("$.sinceTime").value("2026-12-01T09:30:00Z"));
    }

    @Test
    void theHeartbeatOfSomeoneWhoMayNotOpenTheStoryTakesNoLock() throws Exception {
        willThrow(new AccessDeniedException("This story belongs to someone else."))
                .given(editorQueries)
                .open(5, EDITOR.actor());

        mvc.perform(post("/admin/articles/5/heartbeat").with(user(EDITOR)).with(csrf()))
                .andExpect(status().isForbidden());

        verifyNoInteractions(locks);
    }

    @Test
    void takingOverRedirectsToTheEditorSayingTheOtherPersonWasTold() throws Exception {
        mvc.perform(post("/admin/articles/5/take-over").with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/articles/5/edit"))
                .andExpect(flash().attribute(
                                "success", "You took over this story. The person who had it open has been told."));

        verify(locks).takeOver(5, EDITOR.actor());
    }

    @Test
    void releasingAnswersNothingAndGivesUpTheLockTakenAtTheTimeNamed() throws Exception {
        mvc.perform(post("/admin/articles/5/release")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("since", "2026-12-01T09:30:00Z"))
                .andExpect(status().isNoContent());

        verify(locks).release(5, EDITOR.actor(), Instant.parse("2026-12-01T09:30:00Z"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder autosave(
            String headline) {
        return post("/admin/articles/5/autosave")
                .param("headline", headline)
                .param("language", "en")
                .param("version", "4");
    }
}
