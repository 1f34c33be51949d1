package org.newsroom.support;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    /** Replaces the system clock everywhere, so that tests can move time. */
    @Bean
    @Primary
    TestClock testClock(
            org.springframework.beans.factory.ObjectProvider<org.springframework.jdbc.core.simple.JdbcClient> jdbc) {
        // Provided lazily: the clock is wanted before the database is.
        return new TestClock(jdbc::getObject);
    }

    /**
     * BCrypt at its lowest cost (4) in place of the production cost (10): every sign-in through the login form hashes
     * a password, and the throttling tests sign in hundreds of times, so at cost 10 hashing was a large share of the
     * suite's time. The hashes keep the production format, {@code {bcrypt}$2a$04$…}, which the production encoder
     * verifies as well ({@code PasswordHashingTest} checks both, and the production cost).
     */
    @Bean
    @Primary
    public static PasswordEncoder cheapPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }

    /** Reads the front page while the application runners (the demo seed among them) are still running. */
    @Bean
    FrontPageDuringStartup frontPageDuringStartup(
            org.springframework.core.env.Environment environment,
            org.springframework.boot.availability.ApplicationAvailability availability) {
        return new FrontPageDuringStartup(environment, availability);
    }

    /**
     * A reader who arrives while the instance starts: an application runner ordered just before the demo seed (which
     * runs last) requests the front page over HTTP, as Tomcat already listens then, and keeps what it got. Every
     * {@code @IntegrationTest} context starts with it, so looking at it costs no start of its own.
     */
    public static class FrontPageDuringStartup implements org.springframework.boot.ApplicationRunner, Ordered {

        public static volatile java.net.http.HttpResponse<String> answer;
        public static volatile org.springframework.boot.availability.ReadinessState readiness;

        private final org.springframework.core.env.Environment environment;
        private final org.springframework.boot.availability.ApplicationAvailability availability;

        FrontPageDuringStartup(
                org.springframework.core.env.Environment environment,
                org.springframework.boot.availability.ApplicationAvailability availability) {
            this.environment = environment;
            this.availability = availability;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void run(org.springframework.boot.ApplicationArguments args) throws Exception {
            readiness = availability.getReadinessState();
            String port = environment.getProperty("local.server.port");
            if (port == null) {
                return; // no server: nothing a reader could reach
            }
            answer = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/"))
                                    .header("Accept", "text/html")
                                    .timeout(java.time.Duration.ofSeconds(60))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * A reader URL whose handler fails as a bug would, with internals in its message: for the 500 page's tests. Found
     * by component scanning, which sees the test classes too.
     */
    @org.springframework.stereotype.Controller
    public static class FailingPage {

        public static final String PATH = "/test-only/failing-page";
        public static final String SECRET = "jdbc:postgresql://db.internal:5432/newsroom password=hunter2";

        @org.springframework.web.bind.annotation.GetMapping(PATH)
        String fail() {
            throw new IllegalStateException("Unexpected failure near " + SECRET);
        }
    }

    /**
     * A reader page whose render waits until a test lets it finish, and says which render it is: for the page cache's
     * tests of a change arriving while a page is being rendered.
     */
    @org.springframework.stereotype.Controller
    public static class SlowPage {

        public static final String PATH = "/test-only/slow-page";
        public static final java.util.concurrent.atomic.AtomicInteger RENDERS =
                new java.util.concurrent.atomic.AtomicInteger();
        public static volatile java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(0);
        public static volatile java.util.concurrent.CountDownLatch proceed = new java.util.concurrent.CountDownLatch(0);

        @org.springframework.web.bind.annotation.GetMapping(value = PATH, produces = "text/html;charset=UTF-8")
        @org.springframework.web.bind.annotation.ResponseBody
        String render() throws InterruptedException {
            int render = RENDERS.incrementAndGet();
            started.countDown();
            proceed.await(1, java.util.concurrent.TimeUnit.MINUTES);
            return "<!DOCTYPE html><title>Slow</title><p>render " + render + "</p>";
        }
    }
}
