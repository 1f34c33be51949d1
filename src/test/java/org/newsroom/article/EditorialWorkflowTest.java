package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EditorialWorkflowTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    ArticleService articles;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    TestClock clock;

    @Autowired
    Browserless browser;

    @Autowired
    org.newsroom.audit.AuditLog audit;

    private Actor editor;
    private long sectionId;

    @BeforeEach
    void editorAndSection() {
        editor = staff.create(StaffRole.EDITOR).actor();
        sectionId = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void publishingSetsPublishedAtOnceAndItNeverMovesAgain() {
        long id = drafting.create(input("Published once " + UUID.randomUUID(), "First text."), editor);
        String path = publishing.publish(id, version(id), input(headline(id), "First text."), editor);
        Instant publishedAt = editorQueries.open(id, editor).publishedAt();

        clock.advance(Duration.ofHours(3));
        publishing.publishUpdate(id, version(id), input(headline(id), "Second text."), true, editor);
        publishing.unpublish(id, version(id), editor);
        clock.advance(Duration.ofHours(3));
        publishing.publish(id, version(id), input(headline(id), "Second text."), editor);

        assertThat(editorQueries.open(id, editor).publishedAt()).isEqualTo(publishedAt);
        assertThat(editorQueries.open(id, editor).livePath()).isEqualTo(path);
    }

    @Test
    void afterPublicationSavingChangesOnlyTheWorkingCopyUntilPublishUpdate() {
        long id = drafting.create(input("Working copy " + UUID.randomUUID(), "What readers read."), editor);
        String path = publishing.publish(id, version(id), input(headline(id), "What readers read."), editor);

        drafting.save(id, version(id), input(headline(id), "An edit in progress."), editor);

        assertThat(browser.get(path).body()).contains("What readers read.").doesNotContain("An edit in progress.");
        assertThat(editorQueries.open(id, editor).input().body()).isEqualTo("An edit in progress.");
        assertThat(editorQueries.open(id, editor).hasUnpublishedChanges()).isTrue();

        publishing.publishUpdate(id, version(id), input(headline(id), "An edit in progress."), true, editor);

        assertThat(browser.get(path).body()).contains("An edit in progress.").doesNotContain("What readers read.");
        assertThat(editorQueries.open(id, editor).hasUnpublishedChanges()).isFalse();
    }

    @Test
    void aPublicUpdateMovesUpdatedAtAndAMinorFixLeavesItAlone() {
        long id = drafting.create(input("Updates " + UUID.randomUUID(), "Text."), editor);
        publishing.publish(id, version(id), input(headline(id), "Text."), editor);
        assertThat(editorQueries.open(id, editor).updatedAt()).isNull();

        clock.advance(Duration.ofMinutes(30));
        publishing.publishUpdate(id, version(id), input(headline(id), "Text, fixed."), false, editor);
        assertThat(editorQueries.open(id, editor).updatedAt()).isNull();

        clock.advance(Duration.ofMinutes(30));
        Instant before = clock.instant();
        publishing.publishUpdate(id, version(id), input(headline(id), "Text, with news."), true, editor);
        Instant updatedAt = editorQueries.open(id, editor).updatedAt();
        assertThat(updatedAt).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        clock.advance(Duration.ofMinutes(30));
        publishing.publishUpdate(id, version(id), input(headline(id), "Text, with news, typo fixed."), false, editor);
        assertThat(editorQueries.open(id, editor).updatedAt()).isEqualTo(updatedAt);
    }

    @Test
    void anUnpublishedStoryIsGoneAndRepublishingBringsItBackAtTheSameUrl() {
        long id = drafting.create(input("Gone and back " + UUID.randomUUID(), "Text."), editor);
        String path = publishing.publish(id, version(id), input(headline(id), "Text."), editor);

        publishing.unpublish(id, version(id), editor);
        Browserless.Page gone = browser.get(path);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.document().selectFirst("h1").text()).isEqualTo("This story has been removed");
        assertThat(browser.get("/").body()).doesNotContain(headline(id));

        String again = publishing.publish(id, version(id), input(headline(id), "Text."), editor);
        assertThat(again).isEqualTo(path);
        assertThat(browser.get(path).status()).isEqualTo(200);
    }

    @Test
    void aDraftCanBeDeletedButAPublishedStoryCannot() {
        long draft = drafting.create(input("Delete me " + UUID.randomUUID(), "Text."), editor);
        long published = drafting.create(input("Keep me " + UUID.randomUUID(), "Text."), editor);
        publishing.publish(published, version(published), input(headline(published), "Text."), editor);

        drafting.deleteDraft(draft, version(draft), editor);

        assertThat(articles.findStatus(draft)).isEmpty();
        assertThatThrownBy(() -> drafting.deleteDraft(published, version(published), editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("Only a story that was never published");
        assertThat(audit.find(
                        new org.newsroom.audit.AuditQuery(
                                org.newsroom.audit.AuditAction.DELETED, null, draft, null, null, 1),
                        java.time.ZoneOffset.UTC))
                .hasSize(1);
    }

    @Test
    void aStaleVersionIsAConflictAndOverwritesNothing() {
        long id = drafting.create(input("Conflict " + UUID.randomUUID(), "Original."), editor);
        long opened = version(id);
        drafting.save(id, opened, input(headline(id), "Saved first."), editor);

        assertThatThrownBy(() -> drafting.save(id, opened, input(headline(id), "Saved second."), editor))
                .isInstanceOf(EditConflictException.class);
        assertThat(editorQueries.open(id, editor).input().body()).isEqualTo("Saved first.");
    }

    @Test
    void everySaveMovesTheVersionEvenWhenTheClockStandsStill() {
        long id = drafting.create(input("Versions " + UUID.randomUUID(), "One."), editor);
        long first = version(id);
        drafting.save(id, first, input(headline(id), "One."), editor);
        long second = version(id);
        drafting.save(id, second, input(headline(id), "One."), editor);

        assertThat(second).isGreaterThan(first);
        assertThat(version(id)).isGreaterThan(second);
    }

    @Test
    void slugsComeFromTheHeadlineWithTransliterationOrInTheirRightToLeftScriptAndStayUnique() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long arabic = drafting.create(input("محادثات السلام في جنيف " + suffix, ""), editor);
        long russian = drafting.create(input("Переговоры в Женеве " + suffix, ""), editor);
        long first = drafting.create(input("Same headline " + suffix, ""), editor);
        long second = drafting.create(input("Same headline " + suffix, ""), editor);

        // Arabic leaves out its vowels: a transliteration cannot be read, the script can.
        assertThat(editorQueries.open(arabic, editor).input().slug()).isEqualTo("محادثات-السلام-في-جنيف-" + suffix);
        assertThat(editorQueries.open(russian, editor).input().slug()).isEqualTo("peregovory-v-zeneve-" + suffix);
        assertThat(editorQueries.open(first, editor).input().slug()).isEqualTo("same-headline-" + suffix);
        assertThat(editorQueries.open(second, editor).input().slug()).isEqualTo("same-headline-" + suffix + "-2");
    }

    @Test
    void aTakenSlugIsRefusedNextToTheSlugField() {
        long taken = drafting.create(input("Slug owner " + UUID.randomUUID(), ""), editor);
        String slug = editorQueries.open(taken, editor).input().slug();
        StoryInput copy = input("Slug thief", "").withSlug(slug);

        assertThatThrownBy(() -> drafting.create(copy, editor))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("slug");
                    assertThat(violation.getMessage()).isEqualTo("Another story already uses this slug.");
                });
    }

    @Test
    void aSectionIsRequiredToPublish() {
        long id = drafting.create(
                StoryInputs.story("No section " + UUID.randomUUID())
                        .body("Text")
                        .build(),
                editor);

        assertThatThrownBy(() -> publishing.publish(
                        id,
                        version(id),
                        StoryInputs.story(headline(id)).body("Text").build(),
                        editor))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                        .isEqualTo("sectionId"));
        assertThat(articles.findStatus(id)).contains(ArticleStatus.DRAFT);
    }

    @Test
    void unicodeSurvivesTheRoundTripExactly() {
        String headline = "“Peace” talks: محادثات السلام 🕊️ " + UUID.randomUUID();
        String body = "Zoë’s note — «quoted» — مرحبا 👋🏽\n\nSecond paragraph with emoji 🇨🇭 and ‘curly’ quotes.";
        long id = drafting.create(input(headline, body), editor);
        String path = publishing.publish(id, version(id), input(headline, body), editor);

        assertThat(editorQueries.open(id, editor).input().headline()).isEqualTo(headline);
        assertThat(editorQueries.open(id, editor).input().body()).isEqualTo(body);
        var page = browser.get(path).document();
        assertThat(page.selectFirst("h1").text()).isEqualTo(headline);
        assertThat(page.select(".article__body p").eachText())
                .containsExactly(
                        "Zoë’s note — «quoted» — مرحبا 👋🏽", "Second paragraph with emoji 🇨🇭 and ‘curly’ quotes.");
    }

    @Test
    void tagsAndBylineAreCreatedFromNamesAndKeepTheirOrder() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        StoryInput input = StoryInputs.story("Names " + suffix)
                .body("Text")
                .sectionId(sectionId)
                .tags("Zeta " + suffix + ", Alpha " + suffix + ", zeta " + suffix)
                .byline("Second Writer " + suffix + ", First Writer " + suffix)
                .dateline("GENEVA")
                .build();
        long id = drafting.create(input, editor);

        StoryInput saved = editorQueries.open(id, editor).input();
        assertThat(saved.tags()).isEqualTo("Zeta " + suffix + ", Alpha " + suffix);
        assertThat(saved.byline()).isEqualTo("Second Writer " + suffix + ", First Writer " + suffix);
    }

    private StoryInput input(String headline, String body) {
        return StoryInputs.story(headline)
                .deck("A deck")
                .body(body)
                .sectionId(sectionId)
                .tags("Testing")
                .byline("Test Reporter")
                .dateline("TESTVILLE")
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id) {
        return editorQueries.open(id, editor).input().headline();
    }
}
