package org.newsroom.api;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as {@code application/problem+json} (RFC 9457). A 400 names the parameter at fault in its
 * {@code parameter} member, so that a consumer's code can tell which one; nothing a request says leads to a 500.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e) {
        return badRequest(e.parameter(), e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(e.getName(), "Parameter '" + e.getName() + "' has a value that is not valid");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName(), "Parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ApiNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> gone(ApiGoneException e) {
        return problem(HttpStatus.GONE, e.getMessage());
    }

    static ResponseEntity<ProblemDetail> badRequest(String parameter, String detail) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, detail);
        answer.getBody().setProperty("parameter", parameter);
        return answer;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
