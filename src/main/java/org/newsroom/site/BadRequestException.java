package org.newsroom.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A reader's request with a parameter that makes no sense: "400 Bad Request" with the site's page. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadRequestException extends RuntimeException {

    BadRequestException(String message) {
        super(message);
    }
}
