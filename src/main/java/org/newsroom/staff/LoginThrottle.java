package org.newsroom.staff;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down repeated failed sign-ins without ever letting a stranger lock someone out.
 *
 * <ul>
 *   <li>Per account <em>and</em> client address: after {@value #FREE_FAILURES} failures within {@link #PAIR_WINDOW},
 *       each new attempt of that pair must wait longer (2, 4, 8 … up to 60 seconds). The same account from another
 *       address, and another account from the same address, are not slowed at all, so a stranger's guesses never
 *       stop the owner, and one person's typos never slow their colleagues behind the same office NAT.
 *   <li>Per client address across all accounts: at most {@value #CLIENT_FAILURES_PER_HOUR} failures in any hour
 *       (a sliding window). Plenty for a newsroom's typos behind one NAT; a few dozen guesses an hour for anyone
 *       trying many accounts from one address.
 * </ul>
 *
 * <p>Nothing is counted per account alone, so no account is ever locked by failures from addresses its owner does
 * not use. Repeated failures show in the audit log and as metrics instead (see
 * {@link ThrottledAuthenticationProvider}).
 *
 * <p>The failures live in PostgreSQL ({@code login_failures}), so the limits hold across instances. An attempt is
 * counted <em>before</em> its password is checked, under a transaction-scoped advisory lock per client address: many
 * parallel requests from one address cannot all pass the check before any of them is counted. A successful sign-in
 * removes its pair's failures (its own attempt included). Accounts that do not exist are counted the same way, so that
 * the answers never tell whether an account exists.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration PAIR_WINDOW = Duration.ofHours(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final int CLIENT_FAILURES_PER_HOUR = 40;
    static final Duration CLIENT_WINDOW = Duration.ofHours(1);

    /** The first key of the advisory locks taken here (the second is the client's hash): "logn". */
    private static final int LOCK_CLASS = 0x6c6f676e;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Which limit stopped an attempt. */
    enum Limit {
        ACCOUNT_AND_ADDRESS,
        ADDRESS
    }

    /** A sign-in attempt that may go ahead; it is counted as a failure until {@link #succeeded} says otherwise. */
    record Attempt(long id, String account, String client, int pairFailures, int clientFailures) {}

    /**
     * Counts a sign-in attempt for the account from the client, or throws when that pair or that client must not try
     * now.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt begin(String account, String client) {
        String accountKey = accountKey(account);
        String clientKey = clientKey(client);
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(:lockClass, hashtext(:client))")
                .param("lockClass", LOCK_CLASS)
                .param("client", clientKey)
                .query((rs, n) -> 1)
                .single();

        int clientFailures = jdbc.sql(
                        "select count(*) from login_failures where client = :client and failed_at > :since")
                .param("client", clientKey)
                .param("since", at(now.minus(CLIENT_WINDOW)))
                .query(Integer.class)
                .single();
        if (clientFailures >= CLIENT_FAILURES_PER_HOUR) {
            // The attempt may go ahead once enough of the last hour's failures have left the window.
            OffsetDateTime leaving = jdbc.sql("""
                            select failed_at from login_failures where client = :client and failed_at > :since
                            order by failed_at offset :skip limit 1
                            """)
                    .param("client", clientKey)
                    .param("since", at(now.minus(CLIENT_WINDOW)))
                    .param("skip", clientFailures - CLIENT_FAILURES_PER_HOUR)
                    .query(OffsetDateTime.class)
                    .single();
            long minutes = Math.max(
                    1,
                    Duration.between(now, leaving.toInstant().plus(CLIENT_WINDOW))
                                    .toMinutes()
                            + 1);
            throw new LoginThrottledException(
                    Limit.ADDRESS,
                    clientFailures,
                    "Too many failed sign-in attempts from your network. Please try again in " + minutes + " minute"
                            + (minutes == 1 ? "" : "s") + ".");
        }

        var pair = jdbc.sql("""
                        select count(*) as failures, max(failed_at) as last_failure from login_failures
                        where account = :account and client = :client and failed_at > :since
                        """)
                .param("account", accountKey)
                .param("client", clientKey)
                .param("since", at(now.minus(PAIR_WINDOW)))
                .query((rs, n) ->
                        new PairFailures(rs.getInt("failures"), rs.getObject("last_failure", OffsetDateTime.class)))
                .single();
        if (pair.failures() >= FREE_FAILURES) {
            Instant allowedAt = pair.last().toInstant().plus(delayAfter(pair.failures()));
            if (allowedAt.isAfter(now)) {
                long seconds = Math.max(1, Duration.between(now, allowedAt).toSeconds() + 1);
                throw new LoginThrottledException(
                        Limit.ACCOUNT_AND_ADDRESS,
                        pair.failures(),
                        "Too many failed sign-in attempts. Please wait " + seconds + " seconds before trying again.");
            }
        }

        jdbc.sql("delete from login_failures where failed_at < :before")
                .param("before", at(now.minus(Duration.ofHours(2))))
                .update();
        long id = jdbc.sql("""
                        insert into login_failures (account, client, failed_at) values (:account, :client, :now)
                        returning id
                        """)
                .param("account", accountKey)
                .param("client", clientKey)
                .param("now", at(now))
                .query(Long.class)
                .single();
        return new Attempt(id, account, client, pair.failures() + 1, clientFailures + 1);
    }

    /** The attempt signed in: its pair's failures are forgotten, the attempt's own count included. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        jdbc.sql("delete from login_failures where account = :account and client = :client")
                .param("account", accountKey(attempt.account()))
                .param("client", clientKey(attempt.client()))
                .update();
    }

    private record PairFailures(int failures, OffsetDateTime last) {}

    static Duration delayAfter(int failures) {
        int exponent = Math.min(failures - FREE_FAILURES + 1, 6);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String accountKey(String account) {
        String normalized = StaffService.normalizeEmail(account == null ? "" : account);
        return normalized.length() > 300 ? normalized.substring(0, 300) : normalized;
    }

    /**
     * The key a client's failures are counted under: its address, except that an IPv6 client counts by its /64. An IPv6
     * user normally holds a whole /64 and can send from any address in it, so counting single addresses would give them
     * 2^64 fresh budgets. An IPv4-mapped address counts as the IPv4 address it is.
     */
    static String clientKey(String client) {
        String key = client == null || client.isBlank() ? "unknown" : client.strip();
        if (key.indexOf(':') >= 0) {
            try {
                // A literal with a colon is parsed as an IPv6 address, never looked up by name.
                InetAddress address = InetAddress.getByName(key.startsWith("[") ? key : "[" + key + "]");
                if (address instanceof Inet6Address) {
                    byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
                    Arrays.fill(prefix, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
                }
                return address.getHostAddress();
            } catch (UnknownHostException e) {
                // not an address after all: counted as the text it is
            }
        }
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}
