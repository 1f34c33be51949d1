package org.newsroom.staff;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
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
 *
 * <p>Every failure is in the audit log ({@code LOGIN_FAILED}, saying how many there have been for that account from
 * that address and from that address in all), and so is every attempt the throttle refused
 * ({@code LOGIN_THROTTLED}, saying which limit). They are counted as {@code newsroom.login.failures} and
 * {@code newsroom.login.throttled} (tagged with the limit), for alerts.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Email or password is incorrect.";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Counter failures;
    private final Counter throttledPerAccountAndAddress;
    private final Counter throttledPerAddress;

    ThrottledAuthenticationProvider(
            StaffService staff,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            AuditLog audit,
            MeterRegistry meters) {
        this.passwords = new DaoAuthenticationProvider(email ->
                staff.findPrincipal(email).orElseThrow(() -> new UsernameNotFoundException("No such account")));
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.audit = audit;
        this.failures = Counter.builder("newsroom.login.failures")
                .description("Failed staff sign-ins (wrong password, unknown or disabled account)")
                .register(meters);
        this.throttledPerAccountAndAddress = throttledCounter(meters, "account-and-address");
        this.throttledPerAddress = throttledCounter(meters, "address");
    }

    private static Counter throttledCounter(MeterRegistry meters, String limit) {
        return Counter.builder("newsroom.login.throttled")
                .description("Staff sign-in attempts refused by the throttle, before any password check")
                .tag("limit", limit)
                .register(meters);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(account, client);
        } catch (LoginThrottledException e) {
            (e.limit() == LoginThrottle.Limit.ADDRESS ? throttledPerAddress : throttledPerAccountAndAddress)
                    .increment();
            String detail = e.limit() == LoginThrottle.Limit.ADDRESS
                    ? "Refused: " + e.failures() + " failed sign-ins from this address in the last hour"
                    : "Refused: " + e.failures() + " failed sign-ins for this account from this address";
            audit.recordIndependently(AuditEvent.of(AuditAction.LOGIN_THROTTLED)
                    .by(null, account)
                    .subject(account)
                    .detail(detail)
                    .from(client));
            throw e;
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            StaffPrincipal staff = (StaffPrincipal) result.getPrincipal();
            audit.recordIndependently(AuditEvent.of(AuditAction.LOGIN_SUCCEEDED)
                    .by(staff.id(), staff.displayName())
                    .subject(staff.email())
                    .from(client));
            return result;
        } catch (AuthenticationException e) {
            failures.increment();
            audit.recordIndependently(AuditEvent.of(AuditAction.LOGIN_FAILED)
                    .by(null, account)
                    .subject(account)
                    .detail("Wrong email or password (" + attempt.pairFailures()
                            + " for this account from this address, " + attempt.clientFailures()
                            + " from this address in the last hour)")
                    .from(client));
            throw new BadCredentialsException(BAD_CREDENTIALS, e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
