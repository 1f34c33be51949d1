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
}
