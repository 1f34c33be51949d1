package org.newsroom.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answers 404 with the site's own error page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String message) {
        super(message);
    }
}
