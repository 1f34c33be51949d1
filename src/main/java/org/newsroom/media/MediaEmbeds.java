package org.newsroom.media;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The library's images for Markdown bodies ({@code ![alt](media:42)}). */
@Component
record MediaEmbeds(MediaQueries queries) implements ImageEmbeds {

    @Override
    public Map<Long, Embed> find(Collection<Long> ids) {
        Map<Long, Embed> embeds = new HashMap<>();
        queries.pictures(ids).forEach((id, picture) -> {
            if (!picture.renditions().isEmpty()) {
                Rendition fallback = picture.fallback();
                embeds.put(
                        id,
                        new Embed(
                                fallback.url(),
                                picture.webpSrcset(),
                                picture.jpegSrcset(),
                                fallback.width(),
                                fallback.height(),
                                picture.alt(),
                                picture.decorative(),
                                picture.caption(),
                                picture.credit()));
            }
        });
        return embeds;
    }
}
