package org.newsroom.media.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.newsroom.media.ImageUploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * An upload so large that the servlet container stopped reading it (more than twice {@code newsroom.media.max-bytes}
 * per file) never reaches a controller. It gets the same kind of answer as any refused file: a message on the library
 * page, or, for the page's script, JSON it shows next to the file. When the container itself answers {@code 413}, the
 * site's error page says the limit, which its error controller reads from {@link ImageUploads#maxSize()} once.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    /** Read once: the limit is a setting, and this advice stands before every admin controller. */
    private final String maxSize;

    UploadTooLargeAdvice(ImageUploads uploads) {
        this.maxSize = uploads.maxSize();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String message = "The upload is larger than " + maxSize
                + ", the most an image may be, so it was not read. Make it smaller and upload it again.";
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", "refused", "message", message));
        }
        RequestContextUtils.getOutputFlashMap(request).put("uploadError", message);
        RedirectView redirect = new RedirectView("/admin/media", true);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
