package org.newsroom.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsroom.article.ArticleDraft;
import org.newsroom.article.ArticleService;
import org.newsroom.article.LeadImage;
import org.newsroom.people.AuthorService;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Makes stories for tests through the modules' APIs, each with a slug of its own. */
@TestComponent
public class TestStories {

    private final ArticleService articles;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;

    private final JdbcClient jdbc;

    TestStories(
            ArticleService articles, SectionService sections, TagService tags, AuthorService authors, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
    }

    public Story story(String headline) {
        return new Story(headline);
    }

    /**
     * A moment after every story on the site, yet not in the future by more than a few milliseconds: stories
     * published from here on (a millisecond apart) are the newest, without staying above the stories of the tests
     * that follow.
     */
    public Instant newest() {
        Instant latest = jdbc.sql(
                        "select max(published_at) from articles where status = 'PUBLISHED' and published_at <= now()")
                .query(Instant.class)
                .optional()
                .orElse(null);
        Instant recent = Instant.now().minusSeconds(30);
        return (latest != null && latest.isAfter(recent) ? latest.plusMillis(1) : recent)
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public final class Story {
        private final String headline;
        private String deck = "A deck for the test story";
        private String body = "The body of the test story.";
        private String section = "test-desk";
        private List<String> byline = List.of("Test Reporter");
        private List<String> tags = List.of();
        private String language = "en";
        private String slug;
        private LeadImage leadImage = LeadImage.NONE;

        Story(String headline) {
            this.headline = headline;
            this.slug = "test-" + UUID.randomUUID().toString().substring(0, 12);
        }

        public Story deck(String deck) {
            this.deck = deck;
            return this;
        }

        public Story body(String body) {
            this.body = body;
            return this;
        }

        public Story slug(String slug) {
            this.slug = slug;
            return this;
        }

        public String slug() {
            return slug;
        }

        /** A section that exists already, e.g. one made with {@link SectionService#ensureSection}. */
        public Story section(String sectionSlug) {
            this.section = sectionSlug;
            return this;
        }

        /** The byline, in order; authors are created as needed. */
        public Story authors(String... names) {
            this.byline = List.of(names);
            return this;
        }

        /** Tags, in order; they are created as needed. */
        public Story tags(String... names) {
            this.tags = List.of(names);
            return this;
        }

        /** A library image (with its own alt text) as the lead image. */
        public Story leadImage(long imageId) {
            this.leadImage = new LeadImage(imageId, null, null, false);
            return this;
        }

        public Story language(String language) {
            this.language = language;
            return this;
        }

        public long draft() {
            return articles.createDraft(draft(section()));
        }

        public long publishedAt(Instant publishedAt) {
            return publishedAt(publishedAt, null);
        }

        /** Published at {@code publishedAt} and, unless {@code updatedAt} is {@code null}, updated then. */
        public long publishedAt(Instant publishedAt, Instant updatedAt) {
            return articles.importPublished(draft(section()), publishedAt, updatedAt);
        }

        private SectionRef section() {
            return sections.ensureSection(section, "Test desk", null, 99);
        }

        private ArticleDraft draft(SectionRef sectionRef) {
            return new ArticleDraft(
                    headline,
                    deck,
                    body,
                    slug,
                    sectionRef.id(),
                    byline.stream().map(name -> authors.ensureAuthor(name).id()).toList(),
                    tags.stream()
                            .map(name -> TestStories.this.tags.ensureTag(name).id())
                            .toList(),
                    "TESTVILLE",
                    language,
                    null,
                    null,
                    leadImage);
        }
    }
}
