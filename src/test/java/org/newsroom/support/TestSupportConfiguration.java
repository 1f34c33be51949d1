package org.newsroom.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    /** Replaces the system clock everywhere, so that tests can move time. */
    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
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
}
