package org.newsroom.staff.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class StaffAccountNotFoundException extends RuntimeException {

    StaffAccountNotFoundException(long id) {
        super("No staff account with id " + id);
    }
}
