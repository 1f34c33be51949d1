package org.newsroom.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.media.ImageUploads;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error answers with a page in the site's layout ({@code templates/error/}), whatever the client accepts: a
 * reader, a crawler or {@code curl} following a bad link all get the same page, and never internals. The {@code 413}
 * page says how large an image may be ({@code maxImageSize}), read from the media module once, at start: only that
 * page's model carries it.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController extends AbstractErrorController {

    private final String maxImageSize;

    ErrorPageController(
            ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers, ImageUploads uploads) {
        super(errorAttributes, errorViewResolvers);
        this.maxImageSize = uploads.maxSize();
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = getStatus(request);
        Map<String, Object> model = new HashMap<>(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            model.put("maxImageSize", maxImageSize);
        }
        response.setStatus(status.value());
        if (status.is5xxServerError()) {
            // A passing failure must not be kept by a cache in front of the site.
            response.setHeader("Cache-Control", "no-store");
        }
        ModelAndView view = resolveErrorView(request, response, status, model);
        if (view != null) {
            return view;
        }
        return new ModelAndView(status.is4xxClientError() ? "error/4xx" : "error/5xx", model, status);
    }
}
