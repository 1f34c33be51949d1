package org.newsroom.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsroom.article.ArticleView;
import org.newsroom.article.Correction;
import org.newsroom.live.LiveCoverage;
import org.newsroom.live.LiveEntry;
import org.newsroom.media.Picture;
import org.newsroom.media.Rendition;
import org.newsroom.people.AuthorRef;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.taxonomy.TagRef;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and social networks read of an article page: its canonical URL, title and description, and the
 * schema.org {@code NewsArticle} and {@code BreadcrumbList} as JSON-LD.
 */
@Component
class ArticleMetadata {

    /** Bylines that are an organisation rather than a person. */
    private static final Pattern ORGANIZATION =
            Pattern.compile("\\b(staff|agenc(y|ies)|desk|newsroom|press|reuters|bureau)\\b", Pattern.CASE_INSENSITIVE);

    private final NewsroomProperties.Site site;
    private final JsonMapper json;

    ArticleMetadata(NewsroomProperties properties, JsonMapper json) {
        this.site = properties.site();
        this.json = json;
    }

    /**
     * @param image the lead image for sharing (OpenGraph, Twitter), or {@code null}
     */
    record Seo(String title, String description, String canonical, String logo, String jsonLd, SharedImage image) {}

    /** An absolute image URL with its size and alt text, as OpenGraph wants it. */
    record SharedImage(String url, int width, int height, String alt) {

        /** A picture's widest JPEG: every network reads JPEG, and the widest is what large cards want. */
        static SharedImage of(Picture picture, NewsroomProperties.Site site) {
            if (picture == null || picture.jpeg().isEmpty()) {
                return null;
            }
            Rendition largest = picture.largest();
            return new SharedImage(
                    largest.url().startsWith("/") ? site.url(largest.url()) : largest.url(),
                    largest.width(),
                    largest.height(),
                    picture.altText());
        }
    }

    Seo of(ArticleView article) {
        return of(article, null);
    }

    /**
     * A live story's page is a schema.org {@code LiveBlogPosting}: its coverage's start and end, and the entries it
     * shows as {@code liveBlogUpdate}s ({@code BlogPosting}s, each with its permalink).
     */
    Seo of(ArticleView article, LiveCoverage live) {
        String canonical = site.url(article.path());
        String title = article.seoTitle() != null ? article.seoTitle() : article.headline();
        String description = article.seoDescription() != null
                ? article.seoDescription()
                : article.deck() != null ? article.deck() : title;
        SharedImage image = SharedImage.of(article.leadImage(), site);
        return new Seo(
                title,
                description,
                canonical,
                site.url("/images/logo.png"),
                jsonLd(article, live, canonical, description, image),
                image);
    }

    private String jsonLd(
            ArticleView article, LiveCoverage live, String canonical, String description, SharedImage image) {
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@context", "https://schema.org");
        news.put("@type", live == null ? "NewsArticle" : "LiveBlogPosting");
        news.put("headline", article.headline());
        news.put("description", description);
        news.put("datePublished", seconds(article.publishedAt()));
        news.put("dateModified", seconds(article.updatedAt() != null ? article.updatedAt() : article.publishedAt()));
        if (image != null) {
            Map<String, Object> imageObject = new LinkedHashMap<>();
            imageObject.put("@type", "ImageObject");
            imageObject.put("url", image.url());
            imageObject.put("width", image.width());
            imageObject.put("height", image.height());
            Picture lead = article.leadImage();
            if (lead.hasCaption()) {
                imageObject.put("caption", lead.caption());
            }
            if (lead.hasCredit()) {
                imageObject.put("creditText", lead.credit());
            }
            news.put("image", List.of(imageObject));
        }
        news.put("author", article.byline().stream().map(this::author).toList());
        news.put(
                "publisher",
                Map.of(
                        "@type", "Organization",
                        "name", site.name(),
                        "logo", Map.of("@type", "ImageObject", "url", site.url("/images/logo.png"))));
        news.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", canonical));
        news.put("articleSection", article.section().name());
        news.put("keywords", article.tags().stream().map(TagRef::name).toList());
        news.put("inLanguage", article.language());
        if (!article.corrections().isEmpty()) {
            news.put(
                    "correction",
                    article.corrections().stream().map(this::correction).toList());
        }
        if (live != null) {
            news.put("coverageStartTime", seconds(live.startedAt()));
            if (live.ended()) {
                news.put("coverageEndTime", seconds(live.endedAt()));
            }
            news.put(
                    "liveBlogUpdate",
                    live.shown().stream().map(e -> update(e, canonical)).toList());
        }
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb(1, site.name(), site.url("/")));
        if (article.section().hasParent()) {
            crumbs.add(crumb(
                    crumbs.size() + 1,
                    article.section().parentName(),
                    site.url("/" + article.section().parentSlug())));
        }
        crumbs.add(crumb(
                crumbs.size() + 1,
                article.section().name(),
                site.url(article.section().path())));
        crumbs.add(crumb(crumbs.size() + 1, article.headline(), canonical));
        Map<String, Object> breadcrumbs = new LinkedHashMap<>();
        breadcrumbs.put("@context", "https://schema.org");
        breadcrumbs.put("@type", "BreadcrumbList");
        breadcrumbs.put("itemListElement", crumbs);
        return safeInScript(json.writeValueAsString(List.of(news, breadcrumbs)));
    }

    private Map<String, Object> author(AuthorRef author) {
        return Map.of(
                "@type", ORGANIZATION.matcher(author.name()).find() ? "Organization" : "Person",
                "name", author.name(),
                "url", site.url(author.path()));
    }

    private Map<String, Object> update(LiveEntry entry, String canonical) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("@type", "BlogPosting");
        update.put("headline", entry.label());
        update.put("url", canonical + "?entry=" + entry.id() + "#" + entry.anchor());
        update.put("datePublished", seconds(entry.postedAt()));
        if (entry.wasUpdated()) {
            update.put("dateModified", seconds(entry.updatedAt()));
        }
        update.put("articleBody", entry.text());
        update.put("author", Map.of("@type", "Person", "name", entry.author()));
        return update;
    }

    private Map<String, Object> correction(Correction correction) {
        return Map.of(
                "@type",
                "CorrectionComment",
                "text",
                correction.kind().label() + ": " + correction.text(),
                "datePublished",
                seconds(correction.publishedAt()));
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        return Map.of("@type", "ListItem", "position", position, "name", name, "item", url);
    }

    /** JSON inside a script element: no character sequence of the data may close the element or open a comment. */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String seconds(java.time.Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
