package org.newsroom.webhooks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook deliveries.
 *
 * @param enabled whether this instance fans events out and sends deliveries at all
 * @param timeout how long one delivery may take, connecting included
 * @param retrySchedule the waits before each retry of a failed delivery (jittered by up to a fifth either way); after
 *     the last, the delivery has failed. The default adds up to about three days
 * @param secretOverlap how long the previous secret keeps signing after a rotation
 * @param allowInternal whether deliveries may go to internal addresses (loopback, private, link-local) at all
 * @param allowedNetworks networks (CIDR, e.g. {@code 127.0.0.0/8}) allowed although internal
 * @param concurrency how many deliveries one instance sends at once
 * @param pollInterval how often an instance looks for work without being woken
 * @param secretKey a base64 AES-256 key (32 bytes) that encrypts the endpoints' secrets in the database; unset, they
 *     are stored as they are
 */
@Validated
@ConfigurationProperties("newsroom.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean enabled,

        @NotNull @DurationMin(millis = 100) @DefaultValue("10s")
        Duration timeout,

        @NotEmpty @DefaultValue("5s,5m,30m,2h,5h,10h,14h,20h,24h")
        List<@NotNull @DurationMin(millis = 10) Duration> retrySchedule,

        @NotNull @DefaultValue("24h") Duration secretOverlap,

        @DefaultValue("false") boolean allowInternal,

        @DefaultValue
        List<@Pattern(regexp = "[0-9a-fA-F:.]+/[0-9]{1,3}", message = "must be a network such as 10.1.0.0/16") String>
                allowedNetworks,

        @Min(1) @Max(64) @DefaultValue("4") int concurrency,

        @NotNull @DurationMin(millis = 50) @DefaultValue("10s")
        Duration pollInterval,

        @Pattern(
                regexp = "([A-Za-z0-9+/]{43}=)?",
                message = "must be 32 bytes in base64 (e.g. openssl rand -base64 32)")
        String secretKey) {

    public WebhookProperties {
        allowedNetworks = allowedNetworks == null
                ? List.of()
                : allowedNetworks.stream().filter(network -> !network.isBlank()).toList();
    }
}
