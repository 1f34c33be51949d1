package org.newsroom.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api/v1/} that no endpoint answers is a {@code 404} in {@code application/problem+json}, as
 * every other API error, not the reader site's HTML page. Such a request reaches no API controller (no handler matches
 * it at all), so {@link ApiErrors}, bound to this package's controllers, never sees it:
 * this advice is global, and gives back any other path's exception untouched, for the site's error page to answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiUnknownPaths {

    /** No handler at all (static resources are off), or, were they on, no resource by that name. */
    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> unknownPath(ServletException e, HttpServletRequest request) throws ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(ApiRepresentations.BASE) && !path.startsWith(ApiRepresentations.BASE + "/")) {
            // Rethrown as it came, Spring hands it on to its default handling (the site's 404 page), logging nothing.
            throw e;
        }
        return ApiErrors.problem(HttpStatus.NOT_FOUND, "No such API endpoint: " + path);
    }
}
