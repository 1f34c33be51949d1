package org.newsroom.media.web;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.newsroom.support.AdminRequests.EDITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageUploads;
import org.newsroom.media.MediaLibrary;
import org.newsroom.media.Picture;
import org.newsroom.platform.RuleViolation;
import org.newsroom.support.AdminWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The media library's own rules, without a database or files: staff only, CSRF, where each answer redirects. */
@AdminWebTest(MediaAdminController.class)
class MediaAdminSliceTest {

    @Autowired
    MockMvc mvc;

    /** The slice's mocks. */
    @Autowired
    MediaLibrary library;

    @Autowired
    ImageUploads uploads;

    /** The media module's upload advice reads the upload limit once, as the slice starts: not a request's. */
    @BeforeEach
    void forgetTheStartUp() {
        clearInvocations(library, uploads);
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/media")).andExpect(redirectedUrl("/admin/login"));

        verifyNoInteractions(library, uploads);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/admin/media").with(user(EDITOR))).andExpect(status().isForbidden());

        verifyNoInteractions(library, uploads);
    }

    @Test
    void anUploadWithoutAFileSaysToChooseOneAndStoresNothing() throws Exception {
        mvc.perform(multipart("/admin/media").with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/media"))
                .andExpect(flash().attribute("uploadError", "Choose one or more images to upload."))
                .andExpect(model().attributeDoesNotExist("maxImageSize"));

        // Nothing is asked, not even the upload limit, which the media advice read once as it started.
        verifyNoMoreInteractions(library, uploads);
    }

    @Test
    void aDeletedImageRedirectsToTheLibraryNamingIt() throws Exception {
        given(library.get(9)).willReturn(image());

        mvc.perform(post("/admin/media/9/delete").with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/media"))
                .andExpect(flash().attribute("success", "“geneva.jpg” is deleted."));
        verify(library).delete(9, EDITOR.actor());
    }

    @Test
    void aRefusedDeleteGoesBackToTheImageWithTheReason() throws Exception {
        given(library.get(anyLong())).willReturn(image());
        willThrow(new RuleViolation("Used by 2 stories: take it out of them first."))
                .given(library)
                .delete(9, EDITOR.actor());

        mvc.perform(post("/admin/media/9/delete").with(user(EDITOR)).with(csrf()))
                .andExpect(redirectedUrl("/admin/media/9"))
                .andExpect(flash().attribute("deleteError", "Used by 2 stories: take it out of them first."));
    }

    private static ImageDetails image() {
        return new ImageDetails(
                9,
                "geneva.jpg",
                null,
                1000,
                null,
                null,
                null,
                0,
                new Picture(9, 640, 480, null, null, null, false, List.of()));
    }
}
