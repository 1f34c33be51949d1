package org.newsroom.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
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
 * reader, a crawler or {@code curl} following a bad link all get the same page, and never internals.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController extends AbstractErrorController {

    ErrorPageController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorViewResolvers);
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = getStatus(request);
        Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
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
