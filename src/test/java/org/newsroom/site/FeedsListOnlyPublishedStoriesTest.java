package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

/** No feed, sitemap or news sitemap ever lists a story that readers cannot see, nor an edit they have not been shown. */
@IntegrationTest
class FeedsListOnlyPublishedStoriesTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    Browserless browser;

    @Autowired
    TestClock clock;

    private Actor editor;
    private Actor writer;
    private SectionRef desk;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR, "Feeds Editor").actor();
        writer = staff.create(StaffRole.WRITER, "Feeds Writer").actor();
        String run = UUID.randomUUID().toString().substring(0, 8);
        desk = sections.ensureSection("only-published-" + run, "Only published " + run, null, 98);
    }

    @Test
    void draftsStoriesInReviewScheduledAndUnpublishedStoriesAreListedNowhere() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> hidden = new ArrayList<>();

        String draft = "Hidden draft " + run;
        drafting.create(input(draft), writer);
        hidden.add(draft);

        String inReview = "Hidden in review " + run;
        long reviewId = drafting.create(input(inReview), writer);
        drafting.submitForReview(reviewId, version(reviewId), input(inReview), writer);
        assertThat(editorQueries.open(reviewId, editor).status()).isEqualTo(ArticleStatus.IN_REVIEW);
        hidden.add(inReview);

        String scheduled = "Hidden scheduled " + run;
        long scheduledId = drafting.create(input(scheduled), editor);
        publishing.schedule(
                scheduledId,
                version(scheduledId),
                input(scheduled),
                clock.instant().plus(Duration.ofDays(30)),
                true,
                editor);
        assertThat(editorQueries.open(scheduledId, editor).status()).isEqualTo(ArticleStatus.SCHEDULED);
        hidden.add(scheduled);

        String unpublished = "Hidden unpublished " + run;
        long unpublishedId = drafting.create(input(unpublished), editor);
        publishing.publish(unpublishedId, version(unpublishedId), input(unpublished), editor);
        assertThat(everything()).as("listed while it is published").contains(unpublished);
        publishing.unpublish(unpublishedId, version(unpublishedId), editor);
        hidden.add(unpublished);

        String live = "Live headline " + run;
        String unsavedEdit = "Hidden working copy " + run;
        long liveId = drafting.create(input(live), editor);
        publishing.publish(liveId, version(liveId), input(live), editor);
        drafting.save(liveId, version(liveId), input(unsavedEdit), editor);
        hidden.add(unsavedEdit);

        String listed = everything();
        assertThat(listed).contains(live);
        assertThat(XmlDocuments.parse(browser.get(desk.path() + "/feed.atom").body())
                        .select("entry > title")
                        .eachText())
                .containsExactly(live);
        for (String headline : hidden) {
            assertThat(listed).as(headline).doesNotContain(headline);
        }
        for (long id : List.of(reviewId, scheduledId, unpublishedId)) {
            assertThat(listed)
                    .doesNotContain(editorQueries.open(id, editor).input().slug());
        }

        publishing.cancelSchedule(scheduledId, version(scheduledId), editor);
    }

    /**
     * Everything that feeds, sitemaps and robots.txt give: the site's and the section's feed, the news sitemap, the
     * sitemap index and every sitemap it lists.
     */
    private String everything() {
        StringBuilder all = new StringBuilder();
        for (String path :
                List.of("/feed.atom", desk.path() + "/feed.atom", "/news-sitemap.xml", "/sitemap.xml", "/robots.txt")) {
            Browserless.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            all.append(page.body());
        }
        for (String sitemap : XmlDocuments.parse(browser.get("/sitemap.xml").body())
                .select("sitemap > loc")
                .eachText()) {
            Browserless.Page page = browser.get(sitemap.replaceFirst("^https?://[^/]+", ""));
            assertThat(page.status()).as(sitemap).isEqualTo(200);
            all.append(page.body());
        }
        return all.toString();
    }

    private StoryInput input(String headline) {
        String slug = headline.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return StoryInputs.story(headline)
                .deck("Deck")
                .body("Body.")
                .slug(slug)
                .sectionId(desk.id())
                .tags("Feeds test")
                .byline("Feeds Writer")
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }
}
