package org.newsroom.api;

/** A query parameter the API does not know, or a value it cannot take: answered 400, naming the parameter. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
