package org.newsroom.media.web;

import java.io.IOException;
import java.time.Duration;
import org.newsroom.media.ImageFormat;
import org.newsroom.media.MediaLibrary;
import org.newsroom.platform.SurrogateKeys;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves renditions to readers: {@code /media/{sha-256}.webp} or {@code .jpg}. The key is the hash of the bytes, so
 * the answer for a URL never changes and browsers and CDNs keep it for a year without asking again. Only renditions
 * are served (re-encoded, without metadata); an original, whose key is never published, answers 404 like any unknown
 * key.
 */
@Controller
record MediaFileController(MediaLibrary library) {

    static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @GetMapping("/media/{key:[0-9a-f]{64}}.{extension:webp|jpg}")
    ResponseEntity<Resource> rendition(
            @PathVariable String key,
            @PathVariable String extension,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch)
            throws IOException {
        ImageFormat format = extension.equals("webp") ? ImageFormat.WEBP : ImageFormat.JPEG;
        var file = library.rendition(key, format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such image"));
        String etag = "\"" + key + "\"";
        if (ifNoneMatch != null && ifNoneMatch.contains(key)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .cacheControl(FOREVER)
                    .eTag(etag)
                    .build();
        }
        return ResponseEntity.ok()
                .cacheControl(FOREVER)
                // A CDN keeps it for a year too: deleting the image purges it there by this key (docs/cdn.md).
                .header("Surrogate-Key", SurrogateKeys.image(file.imageId()))
                .header("Cache-Tag", SurrogateKeys.image(file.imageId()))
                .eTag(etag)
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .contentLength(file.resource().contentLength())
                .body(file.resource());
    }
}
