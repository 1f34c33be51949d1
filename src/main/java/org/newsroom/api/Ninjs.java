package org.newsroom.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleView;
import org.newsroom.media.Picture;
import org.newsroom.media.Rendition;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A story as IPTC ninjs 3.1 (News in JSON), the version whose schema {@code NinjsSchemaTest} validates it against. The
 * story's canonical URL is its {@code uri}; its lead image is an association of type {@code picture} with its
 * renditions.
 */
@Component
class Ninjs {

    static final String VERSION = "3.1";
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
    static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/ninjs+json");

    private final ApiRepresentations representations;

    Ninjs(ApiRepresentations representations) {
        this.representations = representations;
    }

    Map<String, Object> of(ArticleView article) {
        Map<String, Object> ninjs = new LinkedHashMap<>();
        ninjs.put("standard", Map.of("name", "ninjs", "version", VERSION, "schema", SCHEMA));
        ninjs.put("uri", representations.url(article.path()));
        ninjs.put("type", "text");
        ninjs.put("representationType", "full");
        ninjs.put("firstCreated", article.publishedAt().toString());
        ninjs.put(
                "versionCreated",
                (article.updatedAt() == null ? article.publishedAt() : article.updatedAt()).toString());
        ninjs.put("pubStatus", "usable");
        ninjs.put("language", article.language());
        ninjs.put("slugline", article.slug());
        List<Map<String, Object>> headlines = new ArrayList<>();
        headlines.add(Map.of("role", "main", "value", article.headline()));
        ninjs.put("headlines", headlines);
        if (article.deck() != null && !article.deck().isBlank()) {
            ninjs.put("descriptions", List.of(Map.of("role", "summary", "value", article.deck())));
        }
        ninjs.put("bodies", List.of(Map.of("role", "main", "contentType", "text/html", "value", article.bodyHtml())));
        if (!article.byline().isEmpty()) {
            ninjs.put(
                    "by", article.byline().stream().map(author -> author.name()).collect(Collectors.joining(", ")));
            ninjs.put(
                    "people",
                    article.byline().stream()
                            .map(author -> Map.of(
                                    "name", author.name(), "rel", "author", "uri", representations.url(author.path())))
                            .toList());
        }
        if (article.dateline() != null && !article.dateline().isBlank()) {
            ninjs.put("located", article.dateline());
        }
        List<Map<String, Object>> subjects = new ArrayList<>();
        subjects.add(Map.of(
                "name",
                article.section().name(),
                "rel",
                "section",
                "uri",
                representations.url(article.section().path())));
        article.tags()
                .forEach(tag ->
                        subjects.add(Map.of("name", tag.name(), "rel", "tag", "uri", representations.url(tag.path()))));
        ninjs.put("subjects", subjects);
        ninjs.put("altIds", List.of(Map.of("role", "newsroom-id", "value", Long.toString(article.id()))));
        if (article.leadImage() != null) {
            ninjs.put("associations", List.of(picture(article.leadImage())));
        }
        return ninjs;
    }

    private Map<String, Object> picture(Picture picture) {
        Map<String, Object> association = new LinkedHashMap<>();
        association.put("name", "leadimage");
        association.put("rel", "leadimage");
        // The picture's identifier: its largest JPEG, a real and permanent address (renditions' URLs never change).
        association.put("uri", representations.absolute(picture.largest().url()));
        association.put("type", "picture");
        if (picture.hasCaption()) {
            association.put("descriptions", List.of(Map.of("role", "caption", "value", picture.caption())));
        }
        if (!picture.altText().isEmpty()) {
            association.put("title", picture.altText());
        }
        if (picture.hasCredit()) {
            association.put("by", picture.credit());
        }
        association.put(
                "renditions", picture.renditions().stream().map(this::rendition).toList());
        return association;
    }

    private Map<String, Object> rendition(Rendition rendition) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", rendition.format().extension() + "-" + rendition.width());
        map.put("href", representations.absolute(rendition.url()));
        map.put("contentType", rendition.format().mediaType());
        map.put("width", rendition.width());
        map.put("height", rendition.height());
        return map;
    }
}
