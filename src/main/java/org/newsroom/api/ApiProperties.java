package org.newsroom.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The content API's rate limits: requests per fixed window, counted in PostgreSQL so that every instance shares them.
 *
 * @param window the length of one window
 * @param anonymousLimit requests per window from one address without a key
 * @param publicLimit requests per window with a key of the public scope
 * @param partnerLimit requests per window with a key of the partner scope
 */
@Validated
@ConfigurationProperties("newsroom.api")
public record ApiProperties(
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m")
        Duration window,

        @Min(1) @DefaultValue("60") int anonymousLimit,
        @Min(1) @DefaultValue("600") int publicLimit,
        @Min(1) @DefaultValue("6000") int partnerLimit) {

    int limitOf(ApiKeyScope scope) {
        return switch (scope) {
            case PUBLIC -> publicLimit;
            case PARTNER -> partnerLimit;
        };
    }
}
