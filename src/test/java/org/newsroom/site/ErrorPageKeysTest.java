package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An unpublished story's 410 names the story in {@code Surrogate-Key}, as its page did: a CDN keeps the 410 for the
 * short {@code s-maxage} of an error, and the republish's purge of the story's key ends it at once instead. The key
 * is sent before the error is (a header set while the error page renders, after {@code sendError}, is lost).
 */
@IntegrationTest
class ErrorPageKeysTest {

    @Autowired
    Browserless browser;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    @Test
    void theGonePageOfAnUnpublishedStoryNamesTheStoryAndARepublishBringsThePageBackAtOnce() {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("gone-desk", "Gone desk", null, 96).id();
        var input = StoryInputs.story("Gone and named " + UUID.randomUUID())
                .body("Text.")
                .sectionId(desk)
                .byline("Test Reporter")
                .build();
        long id = drafting.create(input, editor);
        String path = publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);
        assertThat(keys(browser.get(path))).contains("a:" + id);

        publishing.unpublish(id, editorQueries.open(id, editor).version(), editor);
        Browserless.Page gone = browser.get(path);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(keys(gone)).as("the 410 names the story it stands for").contains("a:" + id);
        assertThat(gone.header("Cache-Control"))
                .as("an error keeps the short times")
                .isEqualTo(PublicCaching.PUBLIC);
        // Its page in the site's layout still, with the banner and the menu.
        assertThat(gone.document().selectFirst("h1").text()).isEqualTo("This story has been removed");

        publishing.publish(id, editorQueries.open(id, editor).version(), input, editor);
        Browserless.Page back = browser.get(path);
        assertThat(back.status())
                .as("not the 410, in this instance's cache or elsewhere")
                .isEqualTo(200);
        assertThat(keys(back)).contains("a:" + id);
    }

    @Test
    void aStoryThatNeverWasNamesNoStory() {
        Browserless.Page missing = browser.get("/world/2020/01/01/never-was-" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(keys(missing)).noneMatch(key -> key.startsWith("a:"));
    }

    private static List<String> keys(Browserless.Page page) {
        String header = page.header(EdgeHeaders.SURROGATE_KEY);
        return header == null ? List.of() : List.of(header.split(" "));
    }
}
