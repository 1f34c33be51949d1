package org.newsroom.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The site icon. Every page, the reader site's and the admin's, links it ({@code fragments/icon}, which reads the
 * model's {@code customIcon} from the platform's page model); {@code /favicon.ico}, which browsers, feed readers and crawlers ask for without reading a page,
 * answers Newsroom's own icon or, when {@code newsroom.site.icon} names another, redirects to that one.
 *
 * <p>{@code /favicon.ico} cannot carry a content hash in its URL as the stylesheets do, so it is cached for a day
 * rather than a year, with an ETag for revalidation.
 */
@Controller("siteIcon")
public class SiteIcon {

    static final MediaType ICO = MediaType.parseMediaType("image/x-icon");
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final String custom;
    private final byte[] ico;
    private final String etag;

    SiteIcon(NewsroomProperties properties) {
        this.custom = properties.site().customIcon();
        try {
            this.ico = new ClassPathResource("static/favicon.ico").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.etag = "\"" + DigestUtils.md5DigestAsHex(ico) + "\"";
    }

    /** The address of the icon configured in {@code newsroom.site.icon}, or {@code null} for Newsroom's own. */
    public String getCustom() {
        return custom;
    }

    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon(WebRequest request) {
        if (custom != null) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create(custom))
                    .cacheControl(CACHE)
                    .build();
        }
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(ICO)
                .cacheControl(CACHE)
                .eTag(etag)
                .body(ico);
    }
}
