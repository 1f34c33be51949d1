package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search looks at the newest stories first: their matches come first, ranked; older matches follow, ranked the same
 * way. Here the newest two stories are searched first, as the newest 5,000 are on the site.
 */
@IntegrationTest
class SearchNewestFirstTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishedSummaries published;

    @Autowired
    NewsroomProperties properties;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Autowired
    TestClock clock;

    @Autowired
    ArticleSearch siteSearch;

    private String word;
    private long desk;
    private ArticleSearch newestTwoFirst;

    // Later than any story of the database, so that this test's are the newest of the archive.
    private Instant later;

    @BeforeEach
    void setUp() {
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        newestTwoFirst = new ArticleSearch(jdbc, published, properties, 2);
        later = jdbc.sql("select max(published_at) from articles")
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .orElse(Instant.parse("2031-05-01T12:00:00Z"))
                .plus(java.time.Duration.ofDays(1));
        clock.advance(java.time.Duration.between(clock.instant(), later.plusSeconds(3600)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theNewestStoriesMatchesComeFirstThenOlderOnesRankedTheSameWay() {
        publish("Headline about " + word, "Text.", later.minusSeconds(7200));
        publish("An older body match", "Some text with " + word + ".", later.minusSeconds(10800));
        publish("Newest body match", "Text mentioning " + word + ".", later);
        publish("Second newest body match", "Also " + word + " here.", later.minusSeconds(60));

        assertThat(headlines(newestTwoFirst.search(word, null, 1)))
                .containsExactly(
                        "Newest body match",
                        "Second newest body match",
                        "Headline about " + word,
                        "An older body match");
        assertThat(headlines(siteSearch.search(word, null, 1)))
                .as("with the newest 5,000 first, all four are among them: ranked as one")
                .containsExactly(
                        "Headline about " + word,
                        "Newest body match",
                        "Second newest body match",
                        "An older body match");
    }

    @Test
    void aWordOnlyOlderStoriesHaveIsFoundThere() {
        publish("Another story", "Unrelated text.", later);
        publish("Yet another story", "Unrelated text.", later.minusSeconds(60));
        publish("Old mention of " + word, "Text.", later.minusSeconds(86400));

        assertThat(headlines(newestTwoFirst.search(word, null, 1))).containsExactly("Old mention of " + word);
        assertThat(newestTwoFirst.search(word, null, 2).hits()).isEmpty();
    }

    private void publish(String headline, String body, Instant at) {
        articles.importPublished(
                new ArticleDraft(
                        headline,
                        null,
                        body,
                        "s-" + UUID.randomUUID(),
                        desk,
                        List.of(),
                        List.of(),
                        null,
                        "en",
                        null,
                        null,
                        LeadImage.NONE),
                at,
                null);
    }

    private static List<String> headlines(SearchResults results) {
        return results.hits().stream().map(hit -> hit.story().headline()).toList();
    }
}
