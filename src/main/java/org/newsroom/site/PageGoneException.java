package org.newsroom.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A story that was taken off the site: "410 Gone", so that search engines drop it. */
@ResponseStatus(HttpStatus.GONE)
class PageGoneException extends RuntimeException {

    PageGoneException() {
        super("This story has been removed");
    }
}
