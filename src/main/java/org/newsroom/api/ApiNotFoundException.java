package org.newsroom.api;

/** Nothing public at this address: 404, for a draft, an embargoed tag or author, or nothing at all. */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String message) {
        super(message);
    }
}
