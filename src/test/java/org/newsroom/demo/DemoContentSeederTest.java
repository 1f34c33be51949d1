package org.newsroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoContentSeederTest {

    static final String GENEVA = "syrian-rivals-resume-peace-talks-in-geneva";

    @Autowired
    DemoContentSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Browserless browser;

    @Test
    void seedsOnceAndNeverAgain() {
        int before = demoStoryCount();

        assertThat(seeder.seed()).isFalse();
        assertThat(seeder.seed()).isFalse();

        assertThat(demoStoryCount()).isEqualTo(before).isEqualTo(demoFiles().size());
        assertThat(jdbc.sql("select count(*) from articles where slug = :slug")
                        .param("slug", GENEVA)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void theGenevaStoryKeepsEverythingItsStoryFileGives() {
        var row = jdbc.sql("""
                        select a.headline, a.deck, a.dateline, a.status, a.published_at, a.updated_at,
                               s.slug as section, p.slug as parent
                        from articles a join sections s on s.id = a.section_id
                        left join sections p on p.id = s.parent_id
                        where a.slug = :slug
                        """)
                .param("slug", GENEVA)
                .query((rs, n) -> List.of(
                        rs.getString("headline"),
                        rs.getString("deck"),
                        rs.getString("dateline"),
                        rs.getString("status"),
                        rs.getObject("published_at", java.time.OffsetDateTime.class)
                                .toInstant()
                                .toString(),
                        rs.getObject("updated_at", java.time.OffsetDateTime.class)
                                .toInstant()
                                .toString(),
                        rs.getString("section"),
                        rs.getString("parent")))
                .single();

        assertThat(row)
                .containsExactly(
                        "Syrian rivals resume peace talks in Geneva",
                        "The first round of talks ended with no firm agreements from the government and the opposition",
                        "GENEVA",
                        "PUBLISHED",
                        Instant.parse("2014-02-10T09:12:00Z").toString(),
                        Instant.parse("2014-02-10T14:37:00Z").toString(),
                        "middle-east",
                        "world");
        assertThat(tagsOf(GENEVA)).containsExactly("Syria", "Geneva II", "Peace talks", "United Nations");
        assertThat(bylineOf(GENEVA)).containsExactly("Staff and agencies");
    }

    @Test
    void theDemoFrontPageLooksLikeARealOne() {
        List<String> demoSlugs = demoSlugs();
        int sections = jdbc.sql("select count(distinct section_id) from articles where slug in (:slugs)")
                .param("slugs", demoSlugs)
                .query(Integer.class)
                .single();
        int updated = jdbc.sql("select count(*) from articles where slug in (:slugs) and updated_at is not null")
                .param("slugs", demoSlugs)
                .query(Integer.class)
                .single();

        assertThat(demoSlugs).hasSize(demoFiles().size());
        assertThat(sections).isGreaterThanOrEqualTo(4);
        assertThat(updated).isBetween(2, demoSlugs.size() - 2);
    }

    @Test
    void everyDemoStoryLeadsWithItsScenePictureAndTheGenevaOneHasItsCaptionAndCredit() {
        var geneva = jdbc.sql("""
                        select i.alt_text, i.caption, i.credit, i.format, i.width,
                               (select count(*) from media_renditions r where r.image_id = i.id) as renditions
                        from articles a join media_images i on i.id = a.lead_image_id
                        where a.slug = :slug
                        """)
                .param("slug", GENEVA)
                .query((rs, n) -> List.of(
                        rs.getString("caption"),
                        rs.getString("credit"),
                        rs.getString("format"),
                        rs.getInt("width"),
                        rs.getInt("renditions"),
                        rs.getString("alt_text").startsWith("Illustration of Lake Geneva")))
                .single();
        int withoutImage = jdbc.sql("select count(*) from articles where slug in (:slugs) and lead_image_id is null")
                .param("slugs", demoSlugs())
                .query(Integer.class)
                .single();

        assertThat(geneva)
                .containsExactly(
                        "Lake Geneva, where the second round of the Geneva II talks opened on Monday.",
                        "Illustration: Newsroom demo",
                        "PNG",
                        1200,
                        8,
                        true);
        assertThat(withoutImage).isZero();
        Document page = browser.get("/middle-east/2014/02/10/" + GENEVA).document();
        assertThat(page.selectFirst(".article__lead figcaption").text())
                .isEqualTo("Lake Geneva, where the second round of the Geneva II talks opened on Monday."
                        + " Illustration: Newsroom demo");
        assertThat(page.selectFirst(".article__lead img").attr("srcset")).contains("1200w");
    }

    @Test
    void aBylineOfSeveralNamesBecomesSeveralAuthors() {
        assertThat(StoryFile.splitByline("Maria Keller and Tom Okafor")).containsExactly("Maria Keller", "Tom Okafor");
        assertThat(StoryFile.splitByline("A, B and C")).containsExactly("A", "B", "C");
        assertThat(StoryFile.splitByline("Staff and agencies")).containsExactly("Staff and agencies");
    }

    /**
     * The stories the seed made: those with a demo file's headline and publication time, so that stories other tests
     * leave in the same database (also dated in the past, in the same sections) are never counted.
     */
    private List<String> demoSlugs() {
        List<StoryFile> files = demoFiles();
        return jdbc.sql("""
                        select a.slug from articles a
                        where (a.headline, a.published_at) in
                              (select * from unnest(cast(:headlines as text[]), cast(:published as timestamptz[])))
                        """)
                .param("headlines", files.stream().map(StoryFile::headline).toArray(String[]::new))
                .param(
                        "published",
                        files.stream()
                                .map(file -> java.sql.Timestamp.from(file.published()))
                                .toArray(java.sql.Timestamp[]::new))
                .query(String.class)
                .list();
    }

    private static List<StoryFile> demoFiles() {
        try {
            var files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md");
            var stories = new java.util.ArrayList<StoryFile>();
            for (var file : files) {
                stories.add(StoryFile.parse(file.getContentAsString(StandardCharsets.UTF_8)));
            }
            return stories;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int demoStoryCount() {
        return demoSlugs().size();
    }

    private List<String> tagsOf(String slug) {
        return jdbc.sql("""
                        select t.name from article_tags at join tags t on t.id = at.tag_id
                        join articles a on a.id = at.article_id where a.slug = :slug order by at.position
                        """).param("slug", slug).query(String.class).list();
    }

    private List<String> bylineOf(String slug) {
        return jdbc.sql("""
                        select au.name from article_authors aa join authors au on au.id = aa.author_id
                        join articles a on a.id = aa.article_id where a.slug = :slug order by aa.position
                        """).param("slug", slug).query(String.class).list();
    }
}
