package org.newsroom.media;

import org.newsroom.platform.NewsroomProperties;
import org.springframework.stereotype.Component;

/**
 * The address a reader fetches a rendition at: this site's {@code /media/{key}.webp} (or {@code .jpg}), or, with
 * {@code newsroom.media.public-base-url}, the bucket's own address or its CDN's, {@code {base}/{key}}, where the object
 * carries its content type and cache headers itself.
 */
@Component
class MediaUrls {

    private final String publicBase;

    MediaUrls(NewsroomProperties properties) {
        this.publicBase = properties.media().publicBase();
    }

    String of(String key, ImageFormat format) {
        return publicBase == null ? "/media/" + key + "." + format.extension() : publicBase + "/" + key;
    }
}
