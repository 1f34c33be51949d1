package org.newsroom.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsroom.platform.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stories: the article module's API. */
@Service
public class ArticleService {

    /** The most stories a list page asks for at once. */
    public static final int MAX_PAGE_SIZE = 100;

    private final ArticleRepository articles;
    // Nine collaborators: this is the module's one API for other modules, so it holds each of the module's query
    // classes (one story, list pages, fronts) besides the repositories.
    private final PublishedArticle published;
    private final PublishedLists lists;
    private final PublishedFronts fronts;
    private final ArticleAdminQueries adminQueries;
    private final ArticleRedirects redirects;
    private final MarkdownRenderer markdown;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            PublishedArticle published,
            PublishedLists lists,
            PublishedFronts fronts,
            ArticleAdminQueries adminQueries,
            ArticleRedirects redirects,
            MarkdownRenderer markdown,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.articles = articles;
        this.published = published;
        this.lists = lists;
        this.fronts = fronts;
        this.adminQueries = adminQueries;
        this.redirects = redirects;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a new story as a draft, which readers never see. Returns its id. */
    @Transactional
    public long createDraft(ArticleDraft draft) {
        return newArticle(draft).getId();
    }

    /**
     * Saves a story that is already public with its original times, as for an archive import or the demo content.
     * Returns its id.
     */
    @Transactional
    public long importPublished(ArticleDraft draft, Instant publishedAt, Instant updatedAt) {
        if (publishedAt == null) {
            throw new IllegalArgumentException("A published story needs its publication time");
        }
        if (updatedAt != null && updatedAt.isBefore(publishedAt)) {
            throw new IllegalArgumentException("A story cannot be updated before it was published");
        }
        Article article = newArticle(draft);
        article.markPublished(publishedAt, updatedAt);
        long id = articles.saveAndFlush(article).getId();
        events.publishEvent(new ArticlesChanged(id));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<ArticleStatus> findStatus(long id) {
        return articles.findById(id).map(Article::getStatus);
    }

    /** The published story with this slug; drafts and unpublished stories are never found here. */
    @Transactional(readOnly = true)
    public Optional<ArticleView> findPublishedBySlug(String slug) {
        if (!Slugs.isValidForArticle(slug)) {
            return Optional.empty();
        }
        return published.bySlug(slug);
    }

    /**
     * Where a reader's article URL leads. The story whose canonical path it is comes first; then a story that had this
     * path before its slug or section changed (301, whatever slug the path holds, so an old link never leads to
     * another story); then a story with this slug under a wrong section or date (301); then an unpublished story
     * (410). A story found comes with up to {@code related} related stories, read in the same transaction.
     */
    @Transactional(readOnly = true)
    public ArticleLookup lookup(String requestedPath, String slug, int related) {
        Optional<ArticleView> bySlug = findPublishedBySlug(slug);
        if (bySlug.isPresent() && bySlug.get().path().equals(requestedPath)) {
            ArticleView article = bySlug.get();
            return new ArticleLookup.Found(article, published.related(article, Math.clamp(related, 1, 20)));
        }
        Optional<Long> moved = redirects.articleFor(requestedPath);
        if (moved.isPresent()) {
            Optional<String> current = published.pathOf(moved.get());
            if (current.isPresent()) {
                return new ArticleLookup.Moved(current.get());
            }
            return articles.findById(moved.get())
                    .filter(article -> article.getStatus() == ArticleStatus.UNPUBLISHED)
                    .<ArticleLookup>map(article -> new ArticleLookup.Gone(article.getId()))
                    .orElseGet(ArticleLookup.NotFound::new);
        }
        if (bySlug.isPresent()) {
            return new ArticleLookup.Moved(bySlug.get().path());
        }
        return unpublishedBySlug(slug)
                .<ArticleLookup>map(ArticleLookup.Gone::new)
                .orElseGet(ArticleLookup.NotFound::new);
    }

    /** Where readers see this story now, or empty when they cannot (a draft, an unpublished story, none at all). */
    @Transactional(readOnly = true)
    public Optional<String> findPublishedPath(long id) {
        return published.pathOf(id);
    }

    /** Public notes on published stories, newest first, a page at a time (keyset: before a note's time and id). */
    @Transactional(readOnly = true)
    public List<Correction> corrections(int limit, Instant beforeTime, Long beforeId) {
        return lists.corrections(Math.clamp(limit, 1, MAX_PAGE_SIZE), beforeTime, beforeId);
    }

    /** A section's stories, its subsections' included, a page at a time. */
    @Transactional(readOnly = true)
    public StoryList sectionStories(long sectionId, Long beforeId, int limit) {
        return lists.page(PublishedLists.Scope.SECTION, sectionId, beforeId, Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public StoryList tagStories(long tagId, Long beforeId, int limit) {
        return lists.page(PublishedLists.Scope.TAG, tagId, beforeId, Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public StoryList authorStories(long authorId, Long beforeId, int limit) {
        return lists.page(PublishedLists.Scope.AUTHOR, authorId, beforeId, Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    /** Which of these sections a published story shows (see {@link #showsSection}), in one query: for the menu. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> sectionsShown(java.util.Collection<Long> sectionIds) {
        return lists.sectionsShown(sectionIds);
    }

    /**
     * Whether a published story is in this section or one of its subsections. Until one is, the section has no public
     * page: a section prepared for a story under embargo must not announce it.
     */
    @Transactional(readOnly = true)
    public boolean showsSection(long sectionId) {
        return lists.shows(PublishedLists.Scope.SECTION, sectionId);
    }

    /**
     * Whether a published story carries this tag. Until one does, the tag has no public page and is listed nowhere: a
     * draft's tags (a pre-written obituary's, say) are news.
     */
    @Transactional(readOnly = true)
    public boolean showsTag(long tagId) {
        return lists.shows(PublishedLists.Scope.TAG, tagId);
    }

    /** Whether a published story has this author in its byline; until one does, the author has no public page. */
    @Transactional(readOnly = true)
    public boolean showsAuthor(long authorId) {
        return lists.shows(PublishedLists.Scope.AUTHOR, authorId);
    }

    /** For the front page: each top-level section with its latest stories. */
    @Transactional(readOnly = true)
    public List<SectionBlock> sectionBlocks(int perSection) {
        return fronts.sectionBlocks(Math.clamp(perSection, 1, 20));
    }

    private Optional<Long> unpublishedBySlug(String slug) {
        return Slugs.isValidForArticle(slug)
                ? articles.findIdBySlugAndStatus(slug, ArticleStatus.UNPUBLISHED)
                : Optional.empty();
    }

    /** Was this story taken off the site? Its URL then answers "410 Gone" rather than "404 Not Found". */
    @Transactional(readOnly = true)
    public boolean isUnpublished(String slug) {
        return Slugs.isValidForArticle(slug)
                && articles.findStatusBySlug(slug)
                        .filter(ArticleStatus.UNPUBLISHED::equals)
                        .isPresent();
    }

    /** The newest published stories, newest first. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> latestPublished(int limit) {
        return fronts.latest(Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    /**
     * The stories among these ids that readers can see now, in no order, with their pictures: one query by primary key
     * (and one for the pictures), for the stories editors chose for a front.
     */
    @Transactional(readOnly = true)
    public List<ArticleSummary> visibleAmong(java.util.Collection<Long> ids) {
        return fronts.byIds(ids);
    }

    /** The newest public stories whose headline holds this text (case aside), for choosing stories for a front. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> publishedWithHeadline(String text, int limit) {
        return text == null || text.isBlank()
                ? fronts.latest(Math.clamp(limit, 1, MAX_PAGE_SIZE))
                : fronts.withHeadline(text.strip(), Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    /** Each of these stories' headline and status, whatever it is (drafts and unpublished stories too): for the admin. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, StoryState> states(java.util.Collection<Long> ids) {
        return adminQueries.states(ids);
    }

    private Article newArticle(ArticleDraft draft) {
        validate(draft);
        Instant now = clock.instant();
        Article article = new Article(now);
        article.edit(draft, markdown.toSafeHtml(draft.bodyMarkdown(), draft.language()), now);
        return articles.saveAndFlush(article);
    }

    private static void validate(ArticleDraft draft) {
        if (draft.headline() == null || draft.headline().isBlank()) {
            throw new IllegalArgumentException("A story needs a headline");
        }
        if (!Slugs.isValidForArticle(draft.slug())) {
            throw new IllegalArgumentException("Not a valid slug: " + draft.slug());
        }
    }
}
