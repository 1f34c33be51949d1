package org.newsroom.api;

/** The story was taken off the site: 410. */
class ApiGoneException extends RuntimeException {

    ApiGoneException() {
        super("This story was unpublished");
    }
}
