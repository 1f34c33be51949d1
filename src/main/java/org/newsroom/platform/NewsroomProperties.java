package org.newsroom.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of Newsroom, under the prefix {@code newsroom.}, with its default: the code reads them from here, never
 * from {@code @Value}, and a bad value stops the start with the setting's name. The README lists them with their
 * environment variables; a new setting goes in both.
 *
 * <p>One is also read straight from the environment, before this record exists, because it decides whether there is
 * a bean at all: {@code newsroom.embedded-database.enabled}, a condition of the embedded database's
 * auto-configuration. It is listed here too, for its documentation and its place in the README.
 *
 * @param site what readers see of the site as a whole
 * @param demoContent seed the demo articles once; {@code null} means "only with the embedded database"
 * @param embeddedDatabase the PostgreSQL started when no datasource is configured
 * @param admin the first admin account, created when there is no staff account at all
 * @param media the image library's files and the limits on uploads
 * @param pageCache the rendered public pages kept in memory
 * @param scheduler the publisher of scheduled stories
 * @param database how the instance reaches PostgreSQL besides its pool
 * @param editor the story editor's script
 * @param tracing the OpenTelemetry traces sent over OTLP
 */
@Validated
@ConfigurationProperties("newsroom")
public record NewsroomProperties(
        @Valid @DefaultValue Site site,
        Boolean demoContent,
        @Valid @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue Admin admin,
        @Valid @DefaultValue Media media,
        @Valid @DefaultValue PageCache pageCache,
        @Valid @DefaultValue Scheduler scheduler,
        @Valid @DefaultValue Database database,
        @Valid @DefaultValue Editor editor,
        @DefaultValue Tracing tracing) {

    /**
     * @param name the site's name, in the header, titles and feeds
     * @param timeZone the zone in which times are shown and in which an article's URL date is taken
     * @param language the site's language (a BCP 47 tag such as {@code en} or {@code pt-BR}): that of its pages, and
     *     the language a new story starts in
     * @param baseUrl the public address of the site, without a trailing slash, for canonical links, feeds and
     *     sitemaps
     * @param icon the path on this site of a site icon of one's own (e.g. a library image, {@code /media/….png}), which
     *     every page links and {@code /favicon.ico} redirects to; empty for Newsroom's own icon. Never another
     *     site's address: the pages' Content-Security-Policy lets images come from this site only, so the browser
     *     would refuse it and report an error on every page
     */
    public record Site(
            @NotBlank @DefaultValue("Newsroom") String name,
            @NotNull @DefaultValue("UTC") ZoneId timeZone,
            @NotBlank @LanguageTag @DefaultValue("en") String language,

            @NotBlank
            @Pattern(
                    regexp = "^https?://[^/\\s]+(/[^\\s]*[^/\\s])?$",
                    message = "an http(s) address without a trailing slash")
            @DefaultValue("http://localhost:8080")
            String baseUrl,

            @Pattern(
                    regexp = "^(|/(?!/|\\\\|favicon\\.ico$)\\S*)$",
                    message = "a path on this site such as /media/….png (not another site's address, which the"
                            + " pages' Content-Security-Policy refuses, and not /favicon.ico, which redirects to it)")
            String icon) {

        /** The custom icon's address, or {@code null} for Newsroom's own. */
        public String customIcon() {
            return icon == null || icon.isBlank() ? null : icon.strip();
        }

        /**
         * The absolute URL of a path of the site, e.g. {@code /world} gives {@code https://news.example/world}. A path in
         * another script (an Arabic story's slug) is percent-encoded, as URLs in sitemaps, feeds and headers must be.
         */
        public String url(String path) {
            return baseUrl + Slugs.toUri(path);
        }
    }

    /**
     * @param enabled start an embedded PostgreSQL when no datasource is configured
     * @param dataDir where its data lives; it survives restarts
     */
    public record EmbeddedDatabase(
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("data/postgres") Path dataDir) {}

    /**
     * @param dir where the file-system media store keeps image files (originals and renditions), named by the SHA-256
     *     of their bytes; several instances share it (a volume). Also where {@code copy-media-to-s3} copies from
     * @param maxBytes the largest file an upload may be
     * @param maxPixels the most pixels (width × height) an uploaded image may have; checked from the file's header,
     *     before anything is decoded, so that a small file claiming huge dimensions cannot exhaust memory
     * @param store where the files live: {@code filesystem} (in {@code dir}) or {@code s3} (a bucket, see {@code s3})
     * @param publicBaseUrl where readers fetch renditions from instead of this site's {@code /media/}: the bucket's
     *     public address or a CDN in front of it, without a trailing slash; a rendition's URL is this address, a
     *     slash and its key. Only with the {@code s3} store. Empty: the site serves them itself
     * @param s3 the bucket of the {@code s3} store
     */
    public record Media(
            @NotNull @DefaultValue("data/media") Path dir,
            @NotNull @DefaultValue("20MB") DataSize maxBytes,
            @Positive @DefaultValue("50000000") long maxPixels,
            @NotNull @DefaultValue("filesystem") Store store,

            @Pattern(
                    regexp = "^(|https?://[^/\\s]+(/[^\\s]*[^/\\s])?)$",
                    message = "an http(s) address without a trailing slash")
            String publicBaseUrl,

            @Valid @DefaultValue S3 s3) {

        public enum Store {
            FILESYSTEM,
            S3
        }

        /** The public base URL, or {@code null} when the site serves renditions itself. */
        public String publicBase() {
            return publicBaseUrl == null || publicBaseUrl.isBlank() ? null : publicBaseUrl.strip();
        }

        @AssertTrue(message = "newsroom.media.s3.bucket is needed when newsroom.media.store is s3")
        public boolean isBucketGivenForS3() {
            return store != Store.S3 || (s3.bucket() != null && !s3.bucket().isBlank());
        }

        @AssertTrue(
                message = "newsroom.media.public-base-url needs newsroom.media.store s3 (the file-system store is"
                        + " served by the site itself)")
        public boolean isPublicBaseOnlyWithS3() {
            return store == Store.S3 || publicBase() == null;
        }
    }

    /**
     * @param bucket the bucket's name
     * @param endpoint the S3 API's address for a store other than Amazon's (MinIO, Ceph, R2), e.g.
     *     {@code http://minio:9000}; empty for Amazon S3. Requests use path-style addresses
     *     ({@code endpoint/bucket/key}), which those stores all accept
     * @param region the bucket's region; stores that have none accept any, such as the default
     * @param accessKey {@code NEWSROOM_MEDIA_S3_ACCESS_KEY}, with {@code secretKey}; both empty: the AWS SDK's own
     *     chain ({@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, a profile, an instance or pod role)
     * @param secretKey {@code NEWSROOM_MEDIA_S3_SECRET_KEY}; only ever read from the environment
     */
    public record S3(
            String bucket,

            @Pattern(regexp = "^(|https?://[^/\\s]+/?)$", message = "an http(s) address such as http://minio:9000")
            String endpoint,

            @NotBlank @DefaultValue("us-east-1") String region,
            String accessKey,
            String secretKey) {

        @Override
        public String toString() {
            return "S3[bucket=" + bucket + ", endpoint=" + endpoint + ", region=" + region + "]";
        }
    }

    /**
     * @param enabled keep rendered public pages in memory; off only to measure renders
     * @param ttl how long a page is kept at most, for what changes with time alone (every change of content empties
     *     the cache at once)
     * @param maxPages the most pages kept; the least used go first
     * @param renderWait how long a reader arriving at a page that is being rendered waits for that render before
     *     rendering it too
     */
    public record PageCache(
            @DefaultValue("true") boolean enabled,

            @NotNull @DurationMin(millis = 0, message = "a duration of zero or more, such as 60s") @DefaultValue("60s")
            Duration ttl,

            @PositiveOrZero @DefaultValue("5000") long maxPages,

            @NotNull @DurationMin(millis = 0, message = "a duration of zero or more, such as 5s") @DefaultValue("5s")
            Duration renderWait) {}

    /**
     * @param enabled run the publisher on this instance; the tests switch it off and run it themselves, so that it
     *     never publishes one test's story behind another's back
     * @param interval how often each instance looks for scheduled publications that are due
     */
    public record Scheduler(
            @DefaultValue("true") boolean enabled,

            @NotNull @DurationMin(nanos = 1, message = "a duration of more than zero, such as 10s") @DefaultValue("10s")
            Duration interval) {}

    /**
     * @param listenUrl the JDBC URL of the one connection that listens to the database's notifications (changes of
     *     content and of schedules), straight to PostgreSQL; needed when {@code spring.datasource.url} goes through
     *     PgBouncer in transaction mode, where a {@code LISTEN} does not work. Empty: a connection of the pool
     * @param listenUsername its user; empty: the pool's
     * @param listenPassword its password; empty: the pool's
     */
    public record Database(
            @Pattern(regexp = "^(|jdbc:postgresql:.*)$", message = "a jdbc:postgresql: URL, or empty")
            String listenUrl,

            String listenUsername,
            String listenPassword) {

        @Override
        public String toString() {
            return "Database[listenUrl=" + listenUrl + ", listenUsername=" + listenUsername + "]";
        }
    }

    /**
     * @param autosaveInterval how often the editor's script saves what was typed since the last save, which the page
     *     tells the script; the browser tests set it low, so that a test of what an autosave does waits for less
     */
    public record Editor(
            @NotNull
            @DurationMin(millis = 100, message = "a duration of at least 100ms, such as 5s")
            @DefaultValue("5s")
            Duration autosaveInterval) {}

    /**
     * Read straight from the environment too, before this record exists, by {@code TracingEnvironmentPostProcessor}:
     * it decides which of Boot's tracing auto-configurations run at all.
     *
     * @param enabled send OpenTelemetry traces of requests, SQL and the scheduler's runs over OTLP (HTTP, protobuf) to
     *     {@code management.opentelemetry.tracing.export.otlp.endpoint}; off, nothing of tracing is set up at all
     */
    public record Tracing(@DefaultValue("false") boolean enabled) {}

    /**
     * @param email {@code NEWSROOM_ADMIN_EMAIL}
     * @param password {@code NEWSROOM_ADMIN_PASSWORD}; only ever read from the environment
     */
    public record Admin(String email, String password) {

        @Override
        public String toString() {
            return "Admin[email=" + email + "]";
        }
    }
}
