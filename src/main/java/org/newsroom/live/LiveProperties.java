package org.newsroom.live;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live coverage's settings, under {@code newsroom.live.}.
 *
 * @param maxStreams how many update streams one instance keeps open at once; one more is answered 503, and its page
 *     falls back to polling
 * @param heartbeat how often an open stream gets a comment line, so that proxies do not close it as idle
 * @param pageSize how many entries a live story's page shows, and each "Older updates" page
 */
@Validated
@ConfigurationProperties("newsroom.live")
public record LiveProperties(
        @Positive @DefaultValue("2000") int maxStreams,
        @DurationMin(seconds = 1) @DefaultValue("25s") Duration heartbeat,
        @Positive @DefaultValue("20") int pageSize) {}
