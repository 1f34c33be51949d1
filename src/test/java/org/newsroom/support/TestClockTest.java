package org.newsroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A test that moved the clock ahead leaves nothing dated in the future for the tests that follow. */
@IntegrationTest
class TestClockTest {

    @Autowired
    TestClock clock;

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
    JdbcClient jdbc;

    @Test
    void resettingTheClockBringsWhatWasWrittenAheadOfTimeBackToThePresent() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        clock.advance(Duration.ofHours(1));
        String headline = "Ahead of time " + UUID.randomUUID();
        String author = "Future Writer " + UUID.randomUUID().toString().substring(0, 8);
        StoryInput input = StoryInputs.story(headline)
                .body("Text.")
                .sectionId(desk)
                .tags("future-tag")
                .byline(author)
                .build();
        long id = drafting.create(input, editor);
        publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);
        publishing.publishUpdate(id, editorQueries.open(id, editor).version(), input, true, editor);

        clock.reset();

        assertThat(jdbc.sql("""
                        select count(*) from articles
                        where id = :id
                          and greatest(created_at, modified_at, published_at, updated_at) <= now()
                        """).param("id", id).query(Long.class).single())
                .as("the story's times")
                .isOne();
        assertThat(jdbc.sql("select count(*) from authors where name = :name and modified_at <= now()")
                        .param("name", author)
                        .query(Long.class)
                        .single())
                .as("its new author's")
                .isOne();
        assertThat(jdbc.sql("select count(*) from article_search where article_id = :id and published_at <= now()")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("its search row's")
                .isOne();
    }
}
