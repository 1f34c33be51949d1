package org.newsroom.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The CDN in front of the site, under {@code newsroom.cdn.}: which one is told of changes ({@code backend}), and how
 * long it may keep pages. Kept apart from {@link NewsroomProperties} because the reader site (headers) and the
 * distribution module (purges) both read it, and nothing else does. docs/cdn.md says how to set each backend up.
 *
 * @param backend {@code none} (the default: no purges, the short cache times), {@code varnish}, {@code fastly} or
 *     {@code cloudflare}
 * @param edgeMaxAge how long a purging CDN keeps a page ({@code s-maxage}); a change purges it sooner
 * @param softPurge Fastly's soft purge (the old copy marked stale, served while the new one is fetched) for updates;
 *     unpublishing and deleting an image always purge hard
 * @param pollInterval how often an instance looks for purges that are due (a change made by this instance wakes it at
 *     once)
 * @param firstRetry the wait before a failed purge is tried again; it doubles with each failure, up to {@code lastRetry}
 * @param timeout how long one request to the CDN may take
 * @param repeatAfter when a purge is sent a second time ({@code 0s}: never): between a change and the notification
 *     reaching every instance, the edge may fetch a page afresh from an instance that still has the old one
 */
@Validated
@ConfigurationProperties("newsroom.cdn")
public record CdnProperties(
        @NotNull @DefaultValue("none") Backend backend,

        @NotNull @DurationMin(seconds = 1) @DefaultValue("24h")
        Duration edgeMaxAge,

        @DefaultValue("true") boolean softPurge,

        @NotNull @DurationMin(millis = 10) @DefaultValue("500ms")
        Duration pollInterval,

        @NotNull @DurationMin(millis = 1) @DefaultValue("1s")
        Duration firstRetry,

        @NotNull @DurationMin(millis = 1) @DefaultValue("5m")
        Duration lastRetry,

        @NotNull @DurationMin(millis = 1) @DefaultValue("10s")
        Duration timeout,

        @NotNull @DurationMin(millis = 0) @DefaultValue("2s")
        Duration repeatAfter,

        @Valid @DefaultValue Varnish varnish,
        @Valid @DefaultValue Fastly fastly,
        @Valid @DefaultValue Cloudflare cloudflare) {

    public enum Backend {
        NONE,
        VARNISH,
        FASTLY,
        CLOUDFLARE
    }

    /** Whether a CDN is told of every change, so that pages may stay at the edge for {@link #edgeMaxAge}. */
    public boolean purging() {
        return backend != Backend.NONE;
    }

    /** @param urls every Varnish to purge (each instance of the cache), e.g. {@code http://varnish:6081} */
    public record Varnish(@DefaultValue List<URI> urls) {}

    /**
     * @param serviceId the Fastly service whose cache is purged
     * @param token an API token with purge rights ({@code Fastly-Key}); from the environment
     */
    public record Fastly(
            @NotNull @DefaultValue("https://api.fastly.com") URI apiUrl, String serviceId, String token) {}

    /**
     * @param zoneId the Cloudflare zone whose cache is purged
     * @param token an API token with the Cache Purge permission; from the environment
     * @param tagsPerRequest how many cache tags one purge request names (Cloudflare's limit)
     */
    public record Cloudflare(
            @NotNull @DefaultValue("https://api.cloudflare.com/client/v4")
            URI apiUrl,

            String zoneId,
            String token,
            @Positive @DefaultValue("30") int tagsPerRequest) {}
}
