package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RedirectsAndCorrectionsTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    CorrectionService corrections;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    Browserless browser;

    private Actor editor;
    private long deskA;
    private long deskB;
    private String suffix;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR).actor();
        deskA = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        deskB = sections.ensureSection("other-desk", "Other desk", null, 98).id();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void everyOldUrlOfAStoryAnswers301ToItsCurrentUrlInOneHop() {
        long id = drafting.create(input("first-" + suffix, deskA), editor);
        String first = publishing.publish(id, version(id), input("first-" + suffix, deskA), editor);
        String second = publishing.publishUpdate(id, version(id), input("second-" + suffix, deskA), false, editor);
        String third = publishing.publishUpdate(id, version(id), input("third-" + suffix, deskB), false, editor);

        assertThat(second).isNotEqualTo(first).endsWith("/second-" + suffix);
        assertThat(third).startsWith("/other-desk/").endsWith("/third-" + suffix);
        for (String old : new String[] {first, second}) {
            Browserless.Page page = browser.get(old);
            assertThat(page.status()).as(old).isEqualTo(301);
            assertThat(page.header("Location")).as(old).endsWith(third);
        }
        assertThat(browser.get(third).status()).isEqualTo(200);
    }

    @Test
    void goingBackToAnEarlierSlugServesItAgainAndRedirectsTheOthers() {
        long id = drafting.create(input("back-" + suffix, deskA), editor);
        String original = publishing.publish(id, version(id), input("back-" + suffix, deskA), editor);
        String changed = publishing.publishUpdate(id, version(id), input("away-" + suffix, deskA), false, editor);
        String again = publishing.publishUpdate(id, version(id), input("back-" + suffix, deskA), false, editor);

        assertThat(again).isEqualTo(original);
        assertThat(browser.get(original).status()).isEqualTo(200);
        assertThat(browser.get(changed).header("Location")).endsWith(original);
    }

    @Test
    void anOldUrlNeverLeadsToAnotherStory() {
        long first = drafting.create(input("taken-" + suffix, deskA), editor);
        String old = publishing.publish(first, version(first), input("taken-" + suffix, deskA), editor);
        publishing.publishUpdate(first, version(first), input("renamed-" + suffix, deskA), false, editor);

        assertThatThrownBy(() -> drafting.create(input("taken-" + suffix, deskA), editor))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("slug"));
        long second = drafting.create(withoutSlug("taken " + suffix), editor);

        assertThat(editorQueries.open(second, editor).input().slug()).isNotEqualTo("taken-" + suffix);
        assertThat(browser.get(old).header("Location")).endsWith("/renamed-" + suffix);
    }

    @Test
    void anUnpublishedStorysOldUrlIsGoneToo() {
        long id = drafting.create(input("old-gone-" + suffix, deskA), editor);
        String old = publishing.publish(id, version(id), input("old-gone-" + suffix, deskA), editor);
        publishing.publishUpdate(id, version(id), input("new-gone-" + suffix, deskA), false, editor);
        publishing.unpublish(id, version(id), editor);

        assertThat(browser.get(old).status()).isEqualTo(410);
    }

    @Test
    void aCorrectionAppearsOnTheStoryWithItsTimeAndOnTheCorrectionsPage() {
        long id = drafting.create(input("corrected-" + suffix, deskA), editor);
        String path = publishing.publish(id, version(id), input("corrected-" + suffix, deskA), editor);
        corrections.addCorrection(
                id, CorrectionKind.CORRECTION, "An earlier version misspelt the envoy’s name.", editor);
        corrections.addCorrection(id, CorrectionKind.CLARIFICATION, "The talks resume on Monday, not Sunday.", editor);

        Document article = browser.get(path).document();
        assertThat(article.select(".corrections li strong").eachText())
                .containsExactly("Correction:", "Clarification:");
        assertThat(article.select(".corrections li time").eachAttr("datetime")).allMatch(value -> !value.isBlank());

        Document page = browser.get("/corrections").document();
        assertThat(page.select(".correction-list__text").eachText())
                .startsWith("The talks resume on Monday, not Sunday.", "An earlier version misspelt the envoy’s name.");
        assertThat(page.selectFirst(".correction-list__headline a").attr("href"))
                .isEqualTo(path);
    }

    @Test
    void notesOfUnpublishedStoriesLeaveTheCorrectionsPage() {
        long id = drafting.create(input("hidden-note-" + suffix, deskA), editor);
        publishing.publish(id, version(id), input("hidden-note-" + suffix, deskA), editor);
        corrections.addCorrection(id, CorrectionKind.UPDATE, "Note on a story that goes away " + suffix, editor);
        publishing.unpublish(id, version(id), editor);

        assertThat(browser.get("/corrections").body()).doesNotContain("Note on a story that goes away " + suffix);
    }

    @Test
    void onlyPublishedStoriesGetNotesAndANoteNeedsText() {
        long id = drafting.create(input("draft-note-" + suffix, deskA), editor);

        assertThatThrownBy(() -> corrections.addCorrection(id, CorrectionKind.CORRECTION, "Too early", editor))
                .isInstanceOf(RuleViolation.class);
        publishing.publish(id, version(id), input("draft-note-" + suffix, deskA), editor);
        assertThatThrownBy(() -> corrections.addCorrection(id, CorrectionKind.CORRECTION, "   ", editor))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("correctionText"));
    }

    @Test
    void theCorrectionsPageRefusesNonsenseParameters() {
        assertThat(browser.get("/corrections?before=yesterday&id=1").status()).isEqualTo(400);
        assertThat(browser.get("/corrections?before=2020-01-01T00:00:00Z&id=abc")
                        .status())
                .isEqualTo(400);
        assertThat(browser.get("/corrections?before=2020-01-01T00:00:00Z").status())
                .isEqualTo(400);
        assertThat(browser.get("/corrections?before=2030-01-01T00:00:00Z&id=999999999")
                        .status())
                .isEqualTo(200);
    }

    private StoryInput input(String slug, long section) {
        return StoryInputs.story("Story " + slug)
                .deck("Deck")
                .body("Body")
                .slug(slug)
                .sectionId(section)
                .build();
    }

    private StoryInput withoutSlug(String headline) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body("Body")
                .sectionId(deskA)
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }
}
