package org.newsroom.live;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such entry, or no such live story. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class LiveEntryNotFoundException extends RuntimeException {

    public LiveEntryNotFoundException(String message) {
        super(message);
    }
}
