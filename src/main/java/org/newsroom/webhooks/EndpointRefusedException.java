package org.newsroom.webhooks;

/** An endpoint that cannot be registered as given; the message says why, for the form. */
public class EndpointRefusedException extends RuntimeException {

    public EndpointRefusedException(String message) {
        super(message);
    }
}
