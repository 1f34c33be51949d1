package org.newsroom.taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class SectionNotFoundException extends RuntimeException {

    public SectionNotFoundException(long id) {
        super("No section with id " + id);
    }
}
