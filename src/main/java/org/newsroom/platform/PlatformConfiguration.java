package org.newsroom.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    /** Every "now" in the application comes from here, so that tests can move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
