package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FrontPageTest {

    @Autowired
    Browserless browser;

    @Autowired
    TestStories stories;

    @Test
    void listsTheLatestStoriesNewestFirstWithTheNewestAsLeadStory() {
        Instant base = stories.newest();
        var oldest = stories.story("Oldest of three front-page stories");
        var middle = stories.story("Middle of three front-page stories");
        var newest = stories.story("Newest of three front-page stories").deck("The newest deck");
        oldest.publishedAt(base);
        middle.publishedAt(base.plusMillis(1));
        newest.publishedAt(base.plusMillis(2));

        Document page = browser.get("/").document();

        Element lead = page.selectFirst(".lead-story");
        assertThat(lead.selectFirst("h2").text()).isEqualTo("Newest of three front-page stories");
        List<String> headlines =
                page.select("main article h2 a, main article h3 a").eachText();
        assertThat(headlines.indexOf("Newest of three front-page stories")).isZero();
        assertThat(headlines.indexOf("Middle of three front-page stories")).isEqualTo(1);
        assertThat(headlines.indexOf("Oldest of three front-page stories")).isEqualTo(2);
    }

    @Test
    void eachStoryLinksToItsCanonicalUrlWithDeckSectionAndTime() {
        Instant publishedAt = stories.newest();
        var story = stories.story("A story with every front-page field").deck("Its deck");
        story.publishedAt(publishedAt);

        Document page = browser.get("/").document();

        Element lead = page.selectFirst(".lead-story");
        assertThat(lead.selectFirst("h2 a").attr("href")).isEqualTo(canonical(publishedAt, story.slug()));
        assertThat(lead.selectFirst(".lead-story__deck").text()).isEqualTo("Its deck");
        assertThat(lead.selectFirst(".kicker").text()).isEqualTo("Test desk");
        assertThat(lead.selectFirst("time").attr("datetime"))
                .isEqualTo(publishedAt
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString());
        assertThat(browser.get(canonical(publishedAt, story.slug())).status()).isEqualTo(200);
    }

    @Test
    void sectionBlocksShowEachSectionsOwnStories() {
        Document page = browser.get("/").document();

        var blocks = page.select(".section-block");
        assertThat(blocks)
                .as("a block per section with stories not shown above")
                .isNotEmpty();
        for (Element block : blocks) {
            String sectionName = block.selectFirst("h2").text();
            Document sectionPage =
                    browser.get(block.selectFirst("h2 a").attr("href")).document();
            List<String> allowed = new java.util.ArrayList<>(
                    sectionPage.select(".subsections a").eachText());
            allowed.add(sectionName);
            assertThat(block.select(".story-list__item")).isNotEmpty().hasSizeLessThanOrEqualTo(4);
            assertThat(block.select(".kicker a").eachText()).as(sectionName).isSubsetOf(allowed);
        }
    }

    private static String canonical(Instant publishedAt, String slug) {
        var day = publishedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return "/test-desk/%04d/%02d/%02d/%s".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), slug);
    }
}
