package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.media.ImageUploads;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** The upload limit reaches the {@code 413} page's model, and no other, read once however many errors there are. */
class ErrorPageControllerTest {

    private final ImageUploads uploads = mock(ImageUploads.class);

    @Test
    void theTooLargePageSaysTheLimitReadOnceAtStartUp() {
        given(uploads.maxSize()).willReturn("20 MB");
        ErrorPageController errors = new ErrorPageController(new DefaultErrorAttributes(), List.of(), uploads);

        ModelAndView first = errors.error(failed(413), new MockHttpServletResponse());
        ModelAndView second = errors.error(failed(413), new MockHttpServletResponse());

        assertThat(first.getModel()).containsEntry("maxImageSize", "20 MB");
        assertThat(second.getModel()).containsEntry("maxImageSize", "20 MB");
        verify(uploads, times(1)).maxSize();
    }

    @Test
    void otherErrorPagesDoNotCarryIt() {
        given(uploads.maxSize()).willReturn("20 MB");
        ErrorPageController errors = new ErrorPageController(new DefaultErrorAttributes(), List.of(), uploads);

        assertThat(errors.error(failed(404), new MockHttpServletResponse()).getModel())
                .doesNotContainKey("maxImageSize");
        assertThat(errors.error(failed(500), new MockHttpServletResponse()).getModel())
                .doesNotContainKey("maxImageSize");
    }

    private static MockHttpServletRequest failed(int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return request;
    }
}
