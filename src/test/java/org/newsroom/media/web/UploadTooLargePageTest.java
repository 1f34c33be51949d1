package org.newsroom.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.media.ImageUploads;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** The limit reaches the {@code 413} page, and no other, and is read once however many pages there are. */
class UploadTooLargePageTest {

    private final ImageUploads uploads = mock(ImageUploads.class);

    @Test
    void theTooLargePageSaysTheLimitReadOnceAtStartUp() {
        given(uploads.maxSize()).willReturn("20 MB");
        UploadTooLargePage page = new UploadTooLargePage(uploads);

        ModelAndView first = page.resolveErrorView(
                new MockHttpServletRequest(), HttpStatus.CONTENT_TOO_LARGE, Map.of("status", 413));
        ModelAndView second = page.resolveErrorView(
                new MockHttpServletRequest(), HttpStatus.CONTENT_TOO_LARGE, Map.of("status", 413));

        assertThat(first.getViewName()).isEqualTo("error/413");
        assertThat(first.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(first.getModel()).containsEntry("maxImageSize", "20 MB").containsEntry("status", 413);
        assertThat(second.getModel()).containsEntry("maxImageSize", "20 MB");
        verify(uploads, times(1)).maxSize();
    }

    @Test
    void otherErrorsAreLeftToTheSitesPages() {
        UploadTooLargePage page = new UploadTooLargePage(uploads);

        assertThat(page.resolveErrorView(new MockHttpServletRequest(), HttpStatus.NOT_FOUND, Map.of()))
                .isNull();
        assertThat(page.resolveErrorView(new MockHttpServletRequest(), HttpStatus.BAD_REQUEST, Map.of()))
                .isNull();
    }
}
