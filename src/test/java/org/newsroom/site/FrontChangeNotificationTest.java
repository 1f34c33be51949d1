package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.frontpage.FrontCuration;
import org.newsroom.frontpage.FrontKey;
import org.newsroom.frontpage.FrontSlot;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A front's publication reaches every instance's page cache through the content-change notification, which names the
 * page it changed ({@code s:<section-slug>} for a section front) so that it can be purged by that key alone.
 */
@IntegrationTest
class FrontChangeNotificationTest {

    @Autowired
    FrontCuration curation;

    @Autowired
    ArticleService articles;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    Browserless browser;

    @Autowired
    ContentChangeListener listener;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSectionFrontsPublicationNotifiesEveryInstanceWithTheSectionsSurrogateKey() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String slug = "notified-" + AdminRequests.unique();
        long older = stories.story("Older in a notified section " + UUID.randomUUID())
                .section(slug)
                .publishedAt(Instant.now().minus(Duration.ofDays(1)));
        long newer = stories.story("Newer in a notified section " + UUID.randomUUID())
                .section(slug)
                .publishedAt(Instant.now().minus(Duration.ofMinutes(1)));
        long section =
                articles.visibleAmong(List.of(older)).getFirst().section().id();

        curation.publish(FrontKey.section(section), List.of(FrontSlot.of(older)), editor);

        assertThat(listener.awaitReceived("keys s:" + section, Duration.ofMinutes(1)))
                .isTrue();
        assertThat(first("/" + slug)).startsWith("Older in a notified section");

        // Another instance publishes (here: the database changed behind this instance, and the notification that
        // instance's transaction sends): this instance's cached page goes when the notification arrives.
        long revision = jdbc.sql("insert into front_revisions (front_key, created_at, created_by_name, published_at)"
                        + " values (:key, now(), 'Elsewhere', now()) returning id")
                .param("key", "section:" + section)
                .query(Long.class)
                .single();
        jdbc.sql("insert into front_revision_slots (revision_id, position, article_id) values (:r, 0, :a)")
                .param("r", revision)
                .param("a", newer)
                .update();
        jdbc.sql("update fronts set live_revision_id = :r where front_key = :key")
                .param("r", revision)
                .param("key", "section:" + section)
                .update();
        assertThat(first("/" + slug)).as("still the cached page").startsWith("Older in a notified section");
        // The section's key, and one of no page's, which makes the payload this test's own to wait for.
        String payload = "keys s:" + section + " elsewhere-" + UUID.randomUUID();
        jdbc.sql("select pg_notify('newsroom_content', :key)")
                .param("key", payload)
                .query(Object.class)
                .single();
        assertThat(listener.awaitReceived(payload, Duration.ofMinutes(1))).isTrue();
        assertThat(first("/" + slug)).startsWith("Newer in a notified section");
    }

    private String first(String path) {
        return browser.get(path).document().select("main ul a").stream()
                .filter(a -> a.attr("href").matches("/[a-z0-9-]+/\\d{4}/\\d{2}/\\d{2}/.*"))
                .findFirst()
                .orElseThrow()
                .text();
    }
}
