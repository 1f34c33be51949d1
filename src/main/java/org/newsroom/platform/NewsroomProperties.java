package org.newsroom.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of Newsroom, under the prefix {@code newsroom.}. The README lists them with their environment
 * variables.
 *
 * @param site what readers see of the site as a whole
 * @param demoContent seed the demo articles once; {@code null} means "only with the embedded database"
 * @param embeddedDatabase the PostgreSQL started when no datasource is configured
 * @param admin the first admin account, created when there is no staff account at all
 * @param media the image library's files and the limits on uploads
 */
@Validated
@ConfigurationProperties("newsroom")
public record NewsroomProperties(
        @Valid @DefaultValue Site site,
        Boolean demoContent,
        @Valid @DefaultValue EmbeddedDatabase embeddedDatabase,
        @DefaultValue Admin admin,
        @Valid @DefaultValue Media media) {

    /**
     * @param name the site's name, in the header, titles and feeds
     * @param timeZone the zone in which times are shown and in which an article's URL date is taken
     * @param language the site's default language (BCP 47)
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
            @NotBlank @DefaultValue("en") String language,

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
     * @param dir where the media store keeps image files (originals and renditions), named by the SHA-256 of their
     *     bytes; several instances share it (a volume)
     * @param maxBytes the largest file an upload may be
     * @param maxPixels the most pixels (width × height) an uploaded image may have; checked from the file's header,
     *     before anything is decoded, so that a small file claiming huge dimensions cannot exhaust memory
     */
    public record Media(
            @NotNull @DefaultValue("data/media") Path dir,
            @NotNull @DefaultValue("20MB") DataSize maxBytes,
            @Positive @DefaultValue("50000000") long maxPixels) {}

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
