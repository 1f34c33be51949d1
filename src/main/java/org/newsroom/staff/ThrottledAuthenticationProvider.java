package org.newsroom.staff;

import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in: the password check of Spring Security's {@link DaoAuthenticationProvider} behind the
 * {@link LoginThrottle}. Every failure, whatever its cause (unknown account, wrong password, disabled account), gives
 * the same message.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Email or password is incorrect.";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(
            StaffService staff, PasswordEncoder passwordEncoder, LoginThrottle throttle, AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(email ->
                staff.findPrincipal(email).orElseThrow(() -> new UsernameNotFoundException("No such account")));
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        try {
            throttle.check(account, client);
        } catch (LoginThrottledException e) {
            audit.recordIndependently(null, account, AuditAction.LOGIN_FAILED, account, e.getMessage(), client);
            throw e;
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(account);
            StaffPrincipal staff = (StaffPrincipal) result.getPrincipal();
            audit.recordIndependently(
                    staff.id(), staff.displayName(), AuditAction.LOGIN_SUCCEEDED, staff.email(), null, client);
            return result;
        } catch (AuthenticationException e) {
            throttle.recordFailure(account, client);
            audit.recordIndependently(
                    null, account, AuditAction.LOGIN_FAILED, account, "Wrong email or password", client);
            throw new BadCredentialsException(BAD_CREDENTIALS, e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
