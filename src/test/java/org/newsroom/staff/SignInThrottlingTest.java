package org.newsroom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in throttling per account and address, and per address across accounts, that a stranger cannot turn against
 * the staff. Time moves by the application's clock, never by waiting.
 */
@IntegrationTest
class SignInThrottlingTest {

    static final String BAD_CREDENTIALS = "Email or password is incorrect.";
    static final String STRANGER = "127.0.0.2";
    static final String OWNER = "127.0.0.3";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final List<String> addresses = new ArrayList<>(List.of(STRANGER, OWNER));

    /**
     * Each test starts three hours in the past and moves forward from there, so that what it leaves (failures,
     * audit entries) is in the past once the clock is back to real time, never in the future of other tests.
     */
    @BeforeEach
    void startInThePast() {
        forgetTheFailuresOfTheseAddresses();
        clock.advance(Duration.ofHours(-3));
    }

    @AfterEach
    void forgetTheFailuresOfTheseAddresses() {
        clock.reset();
        jdbc.sql("delete from login_failures where client in (:clients)")
                .param("clients", addresses)
                .update();
    }

    @Test
    void aStrangersFailuresNeitherStopTheOwnerElsewhereNorSlowColleaguesBehindTheSameAddress() throws Exception {
        StaffPrincipal alice = staff.create(StaffRole.EDITOR);
        StaffPrincipal bob = staff.create(StaffRole.WRITER);
        double failuresBefore = meters.counter("newsroom.login.failures").count();

        // 30 real password failures for alice from one address, each as soon as the throttle lets it through.
        for (int i = 0; i < 30; i++) {
            assertThat(messageAfter(login(alice.email(), "wrong-" + i, STRANGER)))
                    .as("failure %d", i + 1)
                    .isEqualTo(BAD_CREDENTIALS);
            if (i < 29) {
                clock.advance(LoginThrottle.MAX_DELAY.plusSeconds(1));
            }
        }

        // That pair is slowed down (the delay has grown to a minute)...
        assertThat(messageAfter(login(alice.email(), Staff.PASSWORD, STRANGER)))
                .startsWith("Too many failed sign-in attempts. Please wait");
        // ...but alice signs in at once from her own address, and bob at once from the stranger's.
        assertThat(login(alice.email(), Staff.PASSWORD, OWNER).getResponse().getRedirectedUrl())
                .isEqualTo("/admin");
        assertThat(login(bob.email(), Staff.PASSWORD, STRANGER).getResponse().getRedirectedUrl())
                .isEqualTo("/admin");

        // The repeated failures show as a metric and in the audit log.
        assertThat(meters.counter("newsroom.login.failures").count() - failuresBefore)
                .isGreaterThanOrEqualTo(30);
        assertThat(meters.counter("newsroom.login.throttled", "limit", "account-and-address")
                        .count())
                .isGreaterThanOrEqualTo(1);
        assertThat(auditDetails("LOGIN_FAILED", alice.email(), STRANGER))
                .hasSize(30)
                .anySatisfy(detail -> assertThat(detail).contains("30 for this account from this address"));
        assertThat(auditDetails("LOGIN_THROTTLED", alice.email(), STRANGER))
                .singleElement()
                .satisfies(detail -> assertThat(detail).contains("30 failed sign-ins for this account"));
    }

    @Test
    void delaysGrowWithEachFailureOfThePairAndASuccessForgetsThem() throws Exception {
        assertThat(List.of(3, 4, 5, 6, 7, 8, 20).stream().map(LoginThrottle::delayAfter))
                .containsExactly(
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16),
                        Duration.ofSeconds(32),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(60));

        StaffPrincipal editor = staff.create(StaffRole.EDITOR);
        String address = freshAddress();
        for (int i = 0; i < 8; i++) {
            if (i >= LoginThrottle.FREE_FAILURES) {
                clock.advance(LoginThrottle.delayAfter(i).plusSeconds(1));
            }
            assertThat(messageAfter(login(editor.email(), "wrong-" + i, address)))
                    .isEqualTo(BAD_CREDENTIALS);
        }
        // Eight failures: the next attempt waits a minute after the last one, even with the right password.
        assertThat(messageAfter(login(editor.email(), Staff.PASSWORD, address)))
                .startsWith("Too many failed sign-in attempts. Please wait");

        clock.advance(Duration.ofSeconds(61));
        assertThat(login(editor.email(), Staff.PASSWORD, address).getResponse().getRedirectedUrl())
                .isEqualTo("/admin");
        assertThat(messageAfter(login(editor.email(), "one-typo", address))).isEqualTo(BAD_CREDENTIALS);
        assertThat(login(editor.email(), Staff.PASSWORD, address).getResponse().getRedirectedUrl())
                .as("after a success, a typo is only a typo")
                .isEqualTo("/admin");
    }

    @Test
    void oneAddressGetsNoMoreThanAFewDozenGuessesAnHourAcrossAllAccounts() throws Exception {
        String address = freshAddress();
        double refusedBefore =
                meters.counter("newsroom.login.throttled", "limit", "address").count();
        // guesses[m] = the guesses that got a password check at minute m; every guess is at another account (known
        // or not), so that only the per-address limit can stop them.
        int[] guesses = new int[120];
        StaffPrincipal colleague = staff.create(StaffRole.WRITER);
        for (int minute = 0; minute < 120; minute += 2) {
            int tries = minute == 0 ? 60 : 1;
            for (int i = 0; i < tries; i++) {
                String account =
                        i == 0 && minute == 0 ? colleague.email() : "guess-" + UUID.randomUUID() + "@x.example";
                String answer = messageAfter(login(account, "guess-" + i, address));
                if (answer.equals(BAD_CREDENTIALS)) {
                    guesses[minute]++;
                } else {
                    assertThat(answer).startsWith("Too many failed sign-in attempts from your network.");
                }
            }
            if (minute == 0) {
                // Even the right password of a real account is refused from that address while the limit holds.
                assertThat(messageAfter(login(colleague.email(), Staff.PASSWORD, address)))
                        .startsWith("Too many failed sign-in attempts from your network.");
            }
            clock.advance(Duration.ofMinutes(2));
        }

        for (int start = 0; start + 60 <= 120; start += 2) {
            int inThisHour = 0;
            for (int minute = start; minute < start + 60; minute++) {
                inThisHour += guesses[minute];
            }
            assertThat(inThisHour)
                    .as("guesses in the hour from minute %d", start)
                    .isLessThanOrEqualTo(40);
        }
        // Enough for a newsroom's typos behind one NAT, and a rate rather than a lock: guessing resumes slowly.
        assertThat(guesses[0]).isGreaterThan(30);
        assertThat(guesses[60] + guesses[62]).isGreaterThan(0);
        assertThat(meters.counter("newsroom.login.throttled", "limit", "address")
                                .count()
                        - refusedBefore)
                .isGreaterThan(0);
    }

    private List<String> auditDetails(String action, String account, String address) {
        return jdbc.sql("""
                        select detail from audit_log where action = :action and subject = :account
                        and client_address = :address order by id
                        """)
                .param("action", action)
                .param("account", account)
                .param("address", address)
                .query(String.class)
                .list();
    }

    private MvcResult login(String email, String password, String address) throws Exception {
        return mvc.perform(post("/admin/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    /** The message the login page shows after a failed attempt. */
    private String messageAfter(MvcResult failed) throws Exception {
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/admin/login?error");
        var page = mvc.perform(get("/admin/login")
                        .param("error", "")
                        .cookie(failed.getResponse().getCookies()))
                .andReturn()
                .getResponse();
        var summary = Jsoup.parse(page.getContentAsString()).selectFirst(".error-summary");
        assertThat(summary)
                .as("status %s: %s", page.getStatus(), page.getContentAsString())
                .isNotNull();
        return summary.text();
    }

    private String freshAddress() {
        var random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
        addresses.add(address);
        return address;
    }
}
