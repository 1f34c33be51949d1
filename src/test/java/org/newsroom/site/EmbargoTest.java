package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.platform.Slugs;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A draft's new tag, new byline, new section and subsection are not public until the story is: their pages answer 404 and no
 * sitemap or feed names them. Publishing opens them; unpublishing the only story that shows them closes them again.
 */
@IntegrationTest
class EmbargoTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    Browserless browser;

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

    private Actor editor;
    private String run;
    private SectionRef desk;
    private SectionRef obituaries;
    private String tagName;
    private String writer;
    private String tagPage;
    private String authorPage;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR).actor();
        run = UUID.randomUUID().toString().substring(0, 8);
        desk = sections.ensureSection("embargo-" + run, "Embargo desk " + run, null, 97);
        obituaries = sections.ensureSection("obituaries-" + run, "Obituaries " + run, desk.slug(), 1);
        tagName = "Secret tag " + run;
        writer = "Draft Writer " + run;
        tagPage = "/tag/" + Slugs.slugify(tagName, 80);
        authorPage = "/author/" + Slugs.slugify(writer, 80);
    }

    @Test
    void aDraftsNewTagBylineAndSubsectionStayHiddenUntilPublishedAndHideAgainWhenUnpublished() {
        StoryInput input = StoryInputs.story("A pre-written obituary " + run)
                .deck("Deck")
                .body("Body.")
                .sectionId(obituaries.id())
                .tags(tagName)
                .byline(writer)
                .build();
        long id = drafting.create(input, editor);

        assertHidden();

        String path = publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);

        assertThat(browser.get(path).status()).isEqualTo(200);
        for (String page : new String[] {tagPage, authorPage, obituaries.path(), obituaries.path() + "/feed.atom"}) {
            assertThat(browser.get(page).status()).as(page).isEqualTo(200);
        }
        assertThat(browser.get(tagPage).document().select("h1").text()).isEqualTo(tagName);
        assertThat(browser.get(desk.path()).document().select(".subsections a").eachText())
                .containsExactly(obituaries.name());
        assertThat(browser.get("/sitemaps/pages.xml").body()).contains(BASE + obituaries.path() + "</loc>");
        assertThat(browser.get("/feed.atom").body()).contains(tagName).contains(writer);

        publishing.unpublish(id, editorQueries.open(id, editor).version(), editor);

        assertThat(browser.get(path).status()).isEqualTo(410);
        assertHidden();
    }

    @Test
    void aTopLevelSectionHasNoPageFeedOrPlaceInTheMastheadUntilItsFirstStory() {
        Browserless.Page before = browser.get(desk.path());
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.body()).doesNotContain(desk.name());
        assertThat(browser.get(desk.path() + "/feed.atom").status()).isEqualTo(404);
        assertThat(browser.get("/").document().select("nav.sections a").eachText())
                .doesNotContain(desk.name());
        assertThat(browser.get("/sitemaps/pages.xml").body()).doesNotContain(BASE + desk.path() + "</loc>");

        StoryInput input = StoryInputs.story("The desk's first story " + run)
                .body("Body.")
                .sectionId(desk.id())
                .build();
        long id = drafting.create(input, editor);
        publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);

        Browserless.Page after = browser.get(desk.path());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.document().select("nav.sections a").eachText()).contains(desk.name());
        assertThat(browser.get("/").document().select("nav.sections a").eachText())
                .contains(desk.name());
        assertThat(browser.get(desk.path() + "/feed.atom").status()).isEqualTo(200);
        assertThat(browser.get("/sitemaps/pages.xml").body()).contains(BASE + desk.path() + "</loc>");

        publishing.unpublish(id, editorQueries.open(id, editor).version(), editor);
        assertThat(browser.get(desk.path()).status()).isEqualTo(404);
        assertThat(browser.get("/").document().select("nav.sections a").eachText())
                .doesNotContain(desk.name());
    }

    private void assertHidden() {
        for (String page : new String[] {
            tagPage, authorPage, obituaries.path(), obituaries.path() + "/feed.atom", tagPage + "?before=1"
        }) {
            Browserless.Page answer = browser.get(page);
            assertThat(answer.status()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).doesNotContain(secrets());
        }
        assertThat(browser.get(desk.path()).document().select(".subsections a").eachText())
                .doesNotContain(obituaries.name());
        assertThat(browser.get("/sitemaps/pages.xml").body())
                .doesNotContain(obituaries.path())
                .doesNotContain(desk.path() + "</loc>");
        for (String feed : new String[] {"/feed.atom", desk.path() + "/feed.atom"}) {
            assertThat(browser.get(feed).body()).as(feed).doesNotContain(secrets());
        }
        assertThat(browser.get("/").body()).doesNotContain(secrets());
    }

    /** What the draft says that readers must not learn, its new desk's name among them. */
    private CharSequence[] secrets() {
        return new CharSequence[] {tagName, writer, obituaries.name(), desk.name(), "obituary " + run};
    }
}
