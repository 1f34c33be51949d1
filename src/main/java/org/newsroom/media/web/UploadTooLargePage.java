package org.newsroom.media.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.newsroom.media.ImageUploads;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The {@code 413} page ({@code error/413}) says how large an image may be. The site's error controller renders every
 * error page and asks the error view resolvers for one, so the limit is added here, to that page only, rather than to
 * the model of every request; it is read once, at start-up.
 */
@Component
class UploadTooLargePage implements ErrorViewResolver, Ordered {

    static final String VIEW = "error/413";

    private final String maxSize;

    UploadTooLargePage(ImageUploads uploads) {
        this.maxSize = uploads.maxSize();
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE) {
            return null;
        }
        Map<String, Object> page = new HashMap<>(model);
        page.put("maxImageSize", maxSize);
        return new ModelAndView(VIEW, page, status);
    }

    /** Before Boot's resolver, which would find {@code error/413} too, without the limit. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
