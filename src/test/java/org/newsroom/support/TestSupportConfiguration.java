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
            proceed.await(10, java.util.concurrent.TimeUnit.SECONDS);
            return "<!DOCTYPE html><title>Slow</title><p>render " + render + "</p>";
        }
    }
}
