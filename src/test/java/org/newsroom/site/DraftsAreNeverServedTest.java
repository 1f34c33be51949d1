package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleStatus;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DraftsAreNeverServedTest {

    @Autowired
    Browserless browser;

    @Autowired
    TestStories stories;

    @Autowired
    ArticleService articles;

    @Test
    void aDraftIsNotServedAtAnyUrlNorListedOnTheFrontPage() {
        var draft = stories.story("A secret draft that readers must not see");
        long id = draft.draft();
        assertThat(articles.findStatus(id)).contains(ArticleStatus.DRAFT);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String path = "/test-desk/%04d/%02d/%02d/%s"
                .formatted(today.getYear(), today.getMonthValue(), today.getDayOfMonth(), draft.slug());

        Browserless.Page page = browser.get(path);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("A secret draft");
        assertThat(browser.get("/").body()).doesNotContain("A secret draft");
        assertThat(articles.findPublishedBySlug(draft.slug())).isEmpty();
    }
}
