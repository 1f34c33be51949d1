package org.newsroom.article;

import static org.newsroom.article.StoryRows.SECTION_JOINS;
import static org.newsroom.article.StoryRows.instant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published content for the content API: the same rule as the reader pages (only published stories whose time has
 * come), with the filters a consumer combines and a keyset cursor, so that a page's stories never shift when new ones
 * are published.
 */
@Service
public class PublishedContent {

    private static final String LIST = "select " + PublishedSummaries.SUMMARY_COLUMNS + """
            from articles a
            """ + SECTION_JOINS + """
            where a.status = 'PUBLISHED' and a.published_at <= :now
              and (cast(:sectionId as bigint) is null or s.id = :sectionId or s.parent_id = :sectionId)
              and (cast(:tagId as bigint) is null
                   or exists (select 1 from article_tags t where t.article_id = a.id and t.tag_id = :tagId))
              and (cast(:authorId as bigint) is null
                   or exists (select 1 from article_authors w where w.article_id = a.id and w.author_id = :authorId))
              and (cast(:since as timestamptz) is null or coalesce(a.updated_at, a.published_at) >= :since)
              and (cast(:beforeTime as timestamptz) is null
                   or (a.published_at, a.id) < (cast(:beforeTime as timestamptz), :beforeId))
            order by a.published_at desc, a.id desc
            limit :limit
            """;

    private final JdbcClient jdbc;
    private final PublishedSummaries published;
    private final LeadPictures pictures;
    private final ArticleService articles;
    private final PublishedLists lists;

    PublishedContent(
            JdbcClient jdbc,
            PublishedSummaries published,
            LeadPictures pictures,
            ArticleService articles,
            PublishedLists lists) {
        this.jdbc = jdbc;
        this.published = published;
        this.pictures = pictures;
        this.articles = articles;
        this.lists = lists;
    }

    /**
     * A page of published stories, newest first; {@link StoryList#olderThan()} is the cursor of the next page, or
     * {@code null} on the last. An unknown cursor is refused with {@link IllegalArgumentException}.
     */
    @Transactional(readOnly = true)
    public StoryList list(ContentQuery query) {
        int limit = Math.clamp(query.limit(), 1, ArticleService.MAX_PAGE_SIZE);
        Instant beforeTime = null;
        if (query.beforeId() != null) {
            beforeTime = jdbc.sql(
                            "select published_at from articles where id = :id and status = 'PUBLISHED' and published_at <= :now")
                    .param("id", query.beforeId())
                    .param("now", published.now())
                    .query((rs, n) -> instant(rs, "published_at"))
                    .optional()
                    .orElseThrow(() -> new IllegalArgumentException("No published story " + query.beforeId()));
        }
        PublishedLists.Scope scope = onlyScope(query);
        if (scope != null) {
            // One section, tag or author and nothing else: its page's own index, read in order (PublishedLists). The
            // query below filters the newest stories of all instead, which for a tag on 40 of 100,000 stories read
            // 52,000 rows (81 ms) to find 21, whatever the plan.
            long scopeId =
                    switch (scope) {
                        case SECTION -> query.sectionId();
                        case TAG -> query.tagId();
                        case AUTHOR -> query.authorId();
                    };
            return lists.page(scope, scopeId, query.beforeId(), limit);
        }
        // Planned for each request's own values (in this read-only transaction only): which filters are given decides
        // which index serves, and the generic plan PostgreSQL settles on after a few requests does not know. At
        // 100,000 stories it read every story newer than the cursor first (50,000 rows, 290 ms, for a cursor half-way
        // down), where a plan for the values reads articles_published_idx from the cursor (0.2 ms, and 0.5 ms to plan).
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        List<ArticleSummary> rows = jdbc.sql(LIST)
                .param("now", published.now())
                .param("sectionId", query.sectionId())
                .param("tagId", query.tagId())
                .param("authorId", query.authorId())
                .param("since", query.updatedSince() == null ? null : java.sql.Timestamp.from(query.updatedSince()))
                .param("beforeTime", beforeTime == null ? null : java.sql.Timestamp.from(beforeTime))
                .param("beforeId", query.beforeId() == null ? 0L : query.beforeId())
                .param("limit", limit + 1)
                .query((rs, n) -> published.summaryOf(rs))
                .list();
        if (rows.size() > limit) {
            List<ArticleSummary> shown = List.copyOf(rows.subList(0, limit));
            return pictures.attach(new StoryList(shown, shown.getLast().id()));
        }
        return pictures.attach(new StoryList(rows, null));
    }

    /** The one scope a query asks for, when it has exactly one filter and no time; else {@code null}. */
    private static PublishedLists.Scope onlyScope(ContentQuery query) {
        if (query.updatedSince() != null) {
            return null;
        }
        int filters = (query.sectionId() == null ? 0 : 1)
                + (query.tagId() == null ? 0 : 1)
                + (query.authorId() == null ? 0 : 1);
        if (filters != 1) {
            return null;
        }
        return query.sectionId() != null
                ? PublishedLists.Scope.SECTION
                : query.tagId() != null ? PublishedLists.Scope.TAG : PublishedLists.Scope.AUTHOR;
    }

    /** A story by its id, as its page would answer: found, gone (unpublished) or not found (a draft, or none). */
    @Transactional(readOnly = true)
    public ArticleLookup byId(long id) {
        Optional<String> path = articles.findPublishedPath(id);
        if (path.isPresent()) {
            return byPath(path.get());
        }
        return articles.findStatus(id).filter(ArticleStatus.UNPUBLISHED::equals).isPresent()
                ? new ArticleLookup.Gone(id)
                : new ArticleLookup.NotFound();
    }

    /** A story by a reader's path, its old paths included (those answer {@link ArticleLookup.Moved}). */
    @Transactional(readOnly = true)
    public ArticleLookup byPath(String path) {
        String slug = path.substring(path.lastIndexOf('/') + 1);
        ArticleLookup found = articles.lookup(path, slug, 1);
        if (found instanceof ArticleLookup.Found(ArticleView article, var related)
                && article.publishedAt().isAfter(published.now().toInstant())) {
            return new ArticleLookup.NotFound();
        }
        return found;
    }
}
