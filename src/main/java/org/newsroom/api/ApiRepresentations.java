package org.newsroom.api;

import java.time.Instant;
import java.util.List;
import org.newsroom.article.ArticleSummary;
import org.newsroom.article.ArticleView;
import org.newsroom.article.Correction;
import org.newsroom.live.LiveEntry;
import org.newsroom.live.LiveReading;
import org.newsroom.media.Picture;
import org.newsroom.media.Rendition;
import org.newsroom.people.AuthorRef;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;
import org.springframework.stereotype.Component;

/** The API's own JSON: records made from the article module's views, with absolute URLs. */
@Component
class ApiRepresentations {

    static final String BASE = "/api/v1";

    private final NewsroomProperties.Site site;
    private final LiveReading live;

    ApiRepresentations(NewsroomProperties properties, LiveReading live) {
        this.site = properties.site();
        this.live = live;
    }

    record Section(long id, String slug, String name, String parent, String url) {}

    record Tag(long id, String slug, String name, String url) {}

    record Author(long id, String slug, String name, String url) {}

    record Image(
            long id,
            int width,
            int height,
            String alt,
            boolean decorative,
            String caption,
            String credit,
            List<ImageRendition> renditions) {}

    record ImageRendition(String format, int width, int height, String url) {}

    record CorrectionNote(long id, String kind, String text, Instant publishedAt) {}

    /** A story as lists show it. */
    record Summary(
            long id,
            String headline,
            String deck,
            String language,
            Section section,
            Instant publishedAt,
            Instant updatedAt,
            String url,
            String apiUrl,
            Image image) {}

    /** One story, all of it that readers see. */
    record Article(
            long id,
            String headline,
            String deck,
            List<Author> byline,
            String dateline,
            Section section,
            List<Tag> tags,
            String language,
            Instant publishedAt,
            Instant updatedAt,
            String bodyHtml,
            Image leadImage,
            List<CorrectionNote> corrections,
            String url,
            String apiUrl,
            Live live) {}

    /**
     * A live story's coverage: whether it still runs, its start and end ({@code null} until it ends) and its entries;
     * an article never live has none ({@code null}).
     */
    record Live(boolean live, Instant coverageStartTime, Instant coverageEndTime, String entriesUrl) {}

    /**
     * An entry of a live story as readers see it. {@code updatedAt} is set (and {@code updated} true) once it was
     * edited after it was posted; {@code url} is its permalink on the story's page.
     */
    record Entry(
            long id,
            long article,
            Instant postedAt,
            Instant updatedAt,
            boolean updated,
            String title,
            String bodyHtml,
            String author,
            boolean keyEvent,
            boolean pinned,
            String url,
            String apiUrl) {}

    /** A page of a list, with the cursor of the next page ({@code null} on the last) and that page's URL. */
    record Page<T>(List<T> items, String next, String nextUrl) {}

    record Hit(Summary story, String snippetHtml) {}

    record SearchPage(String query, long total, int page, List<Hit> items, String nextUrl) {}

    String url(String path) {
        return site.url(path);
    }

    String apiUrl(long articleId) {
        return site.url(BASE + "/articles/" + articleId);
    }

    String entriesApiUrl(long articleId) {
        return apiUrl(articleId) + "/entries";
    }

    String entryApiUrl(long articleId, long entryId) {
        return entriesApiUrl(articleId) + "/" + entryId;
    }

    /** A live entry's permalink: its story's page, opened at the entry (as the page and the Atom feed link it). */
    String entryUrl(String storyPath, long entryId) {
        return url(storyPath) + "?entry=" + entryId + "#entry-" + entryId;
    }

    Section section(SectionRef ref) {
        return new Section(ref.id(), ref.slug(), ref.name(), ref.parentSlug(), url(ref.path()));
    }

    Tag tag(TagRef ref) {
        return new Tag(ref.id(), ref.slug(), ref.name(), url(ref.path()));
    }

    Author author(AuthorRef ref) {
        return new Author(ref.id(), ref.slug(), ref.name(), url(ref.path()));
    }

    Image image(Picture picture) {
        if (picture == null) {
            return null;
        }
        return new Image(
                picture.id(),
                picture.width(),
                picture.height(),
                picture.altText(),
                picture.decorative(),
                picture.caption(),
                picture.credit(),
                picture.renditions().stream().map(this::rendition).toList());
    }

    ImageRendition rendition(Rendition rendition) {
        return new ImageRendition(
                rendition.format().name().toLowerCase(java.util.Locale.ROOT),
                rendition.width(),
                rendition.height(),
                absolute(rendition.url()));
    }

    String absolute(String url) {
        return url.startsWith("http://") || url.startsWith("https://") ? url : url(url);
    }

    Summary summary(ArticleSummary story) {
        return new Summary(
                story.id(),
                story.headline(),
                story.deck(),
                story.language(),
                section(story.section()),
                story.publishedAt(),
                story.updatedAt(),
                url(story.path()),
                apiUrl(story.id()),
                image(story.image()));
    }

    Article article(ArticleView view) {
        return new Article(
                view.id(),
                view.headline(),
                view.deck(),
                view.byline().stream().map(this::author).toList(),
                view.dateline(),
                section(view.section()),
                view.tags().stream().map(this::tag).toList(),
                view.language(),
                view.publishedAt(),
                view.updatedAt(),
                view.bodyHtml(),
                image(view.leadImage()),
                view.corrections().stream().map(ApiRepresentations::correction).toList(),
                url(view.path()),
                apiUrl(view.id()),
                live.span(view.id())
                        .map(span ->
                                new Live(!span.ended(), span.startedAt(), span.endedAt(), entriesApiUrl(view.id())))
                        .orElse(null));
    }

    Entry entry(LiveEntry entry, String storyPath, Long pinned) {
        return new Entry(
                entry.id(),
                entry.storyId(),
                entry.postedAt(),
                entry.updatedAt(),
                entry.wasUpdated(),
                entry.title(),
                entry.bodyHtml(),
                entry.author(),
                entry.keyEvent(),
                pinned != null && pinned == entry.id(),
                entryUrl(storyPath, entry.id()),
                entryApiUrl(entry.storyId(), entry.id()));
    }

    private static CorrectionNote correction(Correction correction) {
        return new CorrectionNote(
                correction.id(),
                correction.kind().name().toLowerCase(java.util.Locale.ROOT),
                correction.text(),
                correction.publishedAt());
    }
}
