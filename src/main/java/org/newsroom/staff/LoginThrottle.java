package org.newsroom.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down, then locks, repeated failed sign-ins, per account and per client address. After
 * {@value #FREE_FAILURES} failures each new attempt must wait longer (2, 4, 8 … up to 60 seconds); after
 * {@value #ACCOUNT_LOCK_FAILURES} failures for an account, or {@value #CLIENT_LOCK_FAILURES} from one client, sign-in
 * is locked for {@link #LOCK}. Failures older than {@link #WINDOW} are forgotten. The counts live in PostgreSQL, so
 * that they hold across instances. Accounts that do not exist are counted the same way, so that the answers never
 * tell whether an account exists.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final int ACCOUNT_LOCK_FAILURES = 10;
    static final int CLIENT_LOCK_FAILURES = 30;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Throws when the account or the client must not try now. */
    @Transactional(readOnly = true)
    public void check(String account, String client) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(account), clientKey(client)}) {
            jdbc.sql("select failures, last_failure_at, locked_until from login_throttle where key = :key")
                    .param("key", key)
                    .query((rs, n) -> {
                        int failures = rs.getInt("failures");
                        Instant last = rs.getObject("last_failure_at", OffsetDateTime.class)
                                .toInstant();
                        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                        if (lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
                            long minutes = Math.max(
                                    1,
                                    Duration.between(now, lockedUntil.toInstant())
                                                    .toMinutes()
                                            + 1);
                            throw new LoginThrottledException("Too many failed sign-in attempts. Sign-in is locked"
                                    + " for " + minutes + " minute" + (minutes == 1 ? "" : "s") + "; try again later.");
                        }
                        if (last.plus(WINDOW).isAfter(now) && failures >= FREE_FAILURES) {
                            Instant allowedAt = last.plus(delayAfter(failures));
                            if (allowedAt.isAfter(now)) {
                                long seconds = Math.max(
                                        1, Duration.between(now, allowedAt).toSeconds() + 1);
                                throw new LoginThrottledException("Too many failed sign-in attempts. Please wait "
                                        + seconds + " seconds before trying again.");
                            }
                        }
                        return failures;
                    })
                    .optional();
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String account, String client) {
        recordFailure(accountKey(account), ACCOUNT_LOCK_FAILURES);
        recordFailure(clientKey(client), CLIENT_LOCK_FAILURES);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String account) {
        jdbc.sql("delete from login_throttle where key = :key")
                .param("key", accountKey(account))
                .update();
    }

    private void recordFailure(String key, int lockAfter) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                        insert into login_throttle (key, failures, last_failure_at) values (:key, 1, :now)
                        on conflict (key) do update set
                            failures = case when login_throttle.last_failure_at < :windowStart
                                            then 1 else login_throttle.failures + 1 end,
                            last_failure_at = :now
                        """)
                .param("key", key)
                .param("now", now)
                .param("windowStart", now.minus(WINDOW))
                .update();
        jdbc.sql("""
                        update login_throttle set locked_until = :until, failures = 1
                        where key = :key and failures >= :lockAfter
                        """)
                .param("key", key)
                .param("until", now.plus(LOCK))
                .param("lockAfter", lockAfter)
                .update();
    }

    static Duration delayAfter(int failures) {
        int exponent = Math.min(failures - FREE_FAILURES + 1, 6);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String accountKey(String account) {
        String normalized = StaffService.normalizeEmail(account);
        return "account:" + (normalized.length() > 250 ? normalized.substring(0, 250) : normalized);
    }

    private static String clientKey(String client) {
        return "client:" + (client == null ? "unknown" : client);
    }
}
