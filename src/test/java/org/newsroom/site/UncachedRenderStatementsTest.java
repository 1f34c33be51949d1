package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.frontpage.BannerInput;
import org.newsroom.frontpage.BannerLevel;
import org.newsroom.frontpage.BannerService;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StatementCount;
import org.newsroom.support.TestClock;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What one render costs the database with the page cache off, as the benchmark measures a render (issue 13: an
 * uncached front page under 5 ms): the banner and the menu, on every page, are read once per change and then kept
 * whether or not pages are, so a render sends only the statements of its own content. The bounds are the counts
 * measured once the banner and the menu were kept (front page 12 and article 13 before, without a banner), and one
 * more for an article since live coverage (whether the story is covered live, a lookup by its key); a change that
 * reads them, or anything else, on every render again fails here.
 *
 * <p>A context of its own (the cache off, the pool wrapped to count), started once for the class.
 */
@IntegrationTest
@TestPropertySource(properties = "newsroom.page-cache.enabled=false")
@Import(StatementCount.class)
class UncachedRenderStatementsTest {

    static final int FRONT_PAGE = 8;
    static final int ARTICLE = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestStories stories;

    @Autowired
    ArticleService articles;

    @Autowired
    PageCache pages;

    @Autowired
    BannerService banners;

    @Autowired
    Staff staff;

    @Autowired
    TestClock clock;

    String storyPath;

    @Autowired
    ContentChangeListener listener;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aPublishedStory() throws InterruptedException {
        long id = stories.story("Statements counted " + UUID.randomUUID()).publishedAt(stories.newest());
        storyPath = articles.findPublishedPath(id).orElseThrow();
        settled();
    }

    /**
     * Waits until every notification committed so far has reached the instance (a marker notified now arrives after
     * them), so that none drops what a first render kept while the second is counted.
     */
    private void settled() throws InterruptedException {
        String marker = "keys settled:" + UUID.randomUUID();
        Notified.await(jdbc, listener, marker);
    }

    @Test
    void theFrontPageSendsOnlyItsOwnStatements() {
        assertThat(pages.enabled()).isFalse();
        render("/");
        StatementCount.Counted<MockHttpServletResponse> again = StatementCount.during(() -> render("/"));
        assertThat(again.result().getStatus()).isEqualTo(200);
        // The filters ran too (the banner is read by two of them).
        assertThat(again.result().getHeader("Cache-Control")).isNotNull();
        assertThat(again.statements())
                .as("statements of an uncached front page render")
                .hasSizeLessThanOrEqualTo(FRONT_PAGE)
                .isNotEmpty();
    }

    @Test
    void anArticleSendsOnlyItsOwnStatements() {
        render(storyPath);
        StatementCount.Counted<MockHttpServletResponse> again = StatementCount.during(() -> render(storyPath));
        assertThat(again.result().getStatus()).isEqualTo(200);
        assertThat(again.result().getHeader("Cache-Control")).isNotNull();
        assertThat(again.statements())
                .as("statements of an uncached article render")
                .hasSizeLessThanOrEqualTo(ARTICLE)
                .isNotEmpty();
    }

    /**
     * Kept with the cache off, the banner still comes and goes with its change, as the menu with a section's: the same
     * notifications drop what is kept.
     */
    @Test
    void theKeptBannerComesAndGoesAtOnce() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String line = "Counted banner " + UUID.randomUUID();
        assertThat(render("/").getContentAsString()).doesNotContain(line);
        banners.set(
                new BannerInput(
                        line, BannerLevel.BREAKING, storyPath, clock.instant().plus(Duration.ofHours(1))),
                editor);
        try {
            assertThat(render("/").getContentAsString()).contains(line);
            assertThat(render(storyPath).getContentAsString()).contains(line);
            settled();
            render("/");
            // Shown, it costs no statement of its own either.
            StatementCount.Counted<MockHttpServletResponse> withBanner = StatementCount.during(() -> render("/"));
            assertThat(withBanner.result().getContentAsString()).contains(line);
            assertThat(withBanner.statements()).hasSizeLessThanOrEqualTo(FRONT_PAGE);
        } finally {
            banners.end(banners.details().orElseThrow().id(), editor);
        }
        assertThat(render("/").getContentAsString()).doesNotContain(line);
    }

    private MockHttpServletResponse render(String path) {
        try {
            MockHttpServletResponse response =
                    mvc.perform(get(path)).andReturn().getResponse();
            response.setCharacterEncoding("UTF-8");
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
