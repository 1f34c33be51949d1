package org.newsroom.staff;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for an account from a client, or from a client; the message says how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final LoginThrottle.Limit limit;
    private final int failures;

    LoginThrottledException(LoginThrottle.Limit limit, int failures, String message) {
        super(message);
        this.limit = limit;
        this.failures = failures;
    }

    LoginThrottle.Limit limit() {
        return limit;
    }

    /** The failures that the limit counted. */
    int failures() {
        return failures;
    }
}
