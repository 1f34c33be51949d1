package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bodies stored before the renderer changed (before typography) are rendered again, once, without an edit. */
@IntegrationTest
class StoredBodiesTest {

    @Autowired
    StoredBodies bodies;

    @Autowired
    TestStories stories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion versions;

    @Test
    void aBodyRenderedBeforeTypographyIsRenderedAgainInItsLanguageAndOnlyOnce() {
        long id = stories.story("Stored before typography")
                .language("fr")
                .body("Il a dit \"non\" - enfin...")
                .publishedAt(stories.newest());
        // As the previous renderer stored it, and as if this version's run had not been done.
        jdbc.sql("update articles set body_html = '<p>Il a dit \"non\" - enfin...</p>' where id = :id")
                .param("id", id)
                .update();
        int version = version(id);
        jdbc.sql("delete from applied_seeds where name = :name")
                .param("name", StoredBodies.RUN_NAME)
                .update();

        assertThat(bodies.renderAgainIfNeeded()).isGreaterThanOrEqualTo(1);

        assertThat(html(id)).contains("«\u202Fnon\u202F»").contains("enfin…").doesNotContain("\"");
        assertThat(version(id)).isEqualTo(version);

        jdbc.sql("update articles set body_html = '<p>stale</p>' where id = :id")
                .param("id", id)
                .update();
        assertThat(bodies.renderAgainIfNeeded()).isZero();
        assertThat(html(id)).isEqualTo("<p>stale</p>");
    }

    /** A body rendered again keeps its modified_at (editors' lists sort by it), so pages date from the run instead. */
    @Test
    void pagesShowingABodyRenderedAgainAreDatedNoEarlierThanTheRun() {
        long id = stories.story("Rendered again, dated again").publishedAt(stories.newest());
        bodies.renderAgainIfNeeded(); // the run at start-up may still be going: this one records it either way
        // The run's time, moved far ahead of anything else in the database, so that only it can be the page's date.
        var runAt = jdbc.sql("""
                        update applied_seeds set applied_at = now() + interval '50 years' where name = :name
                        returning applied_at
                        """)
                .param("name", StoredBodies.RUN_NAME)
                .query(java.time.OffsetDateTime.class)
                .single();
        try {
            assertThat(versions.lastChangeOf(java.util.List.of(id), java.util.List.of()))
                    .isEqualTo(runAt.toInstant());
        } finally {
            jdbc.sql("update applied_seeds set applied_at = now() where name = :name")
                    .param("name", StoredBodies.RUN_NAME)
                    .update();
        }
    }

    private String html(long id) {
        return jdbc.sql("select body_html from articles where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int version(long id) {
        return jdbc.sql("select version from articles where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }
}
