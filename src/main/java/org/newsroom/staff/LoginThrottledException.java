package org.newsroom.staff;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for an account or a client; the message says how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    LoginThrottledException(String message) {
        super(message);
    }
}
