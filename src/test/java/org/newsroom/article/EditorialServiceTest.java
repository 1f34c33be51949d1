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
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.TaxonomyService;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EditorialServiceTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    @Autowired
    TaxonomyService taxonomy;

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
        sectionId = taxonomy.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void publishingSetsPublishedAtOnceAndItNeverMovesAgain() {
        long id = editorial.create(input("Published once " + UUID.randomUUID(), "First text."), editor);
        String path = editorial.publish(id, version(id), input(headline(id), "First text."), editor);
        Instant publishedAt = editorial.open(id, editor).publishedAt();

        clock.advance(Duration.ofHours(3));
        editorial.publishUpdate(id, version(id), input(headline(id), "Second text."), true, editor);
        editorial.unpublish(id, version(id), editor);
        clock.advance(Duration.ofHours(3));
        editorial.publish(id, version(id), input(headline(id), "Second text."), editor);

        assertThat(editorial.open(id, editor).publishedAt()).isEqualTo(publishedAt);
        assertThat(editorial.open(id, editor).livePath()).isEqualTo(path);
    }

    @Test
    void afterPublicationSavingChangesOnlyTheWorkingCopyUntilPublishUpdate() {
        long id = editorial.create(input("Working copy " + UUID.randomUUID(), "What readers read."), editor);
        String path = editorial.publish(id, version(id), input(headline(id), "What readers read."), editor);

        editorial.save(id, version(id), input(headline(id), "An edit in progress."), editor);

        assertThat(browser.get(path).body()).contains("What readers read.").doesNotContain("An edit in progress.");
        assertThat(editorial.open(id, editor).input().body()).isEqualTo("An edit in progress.");
        assertThat(editorial.open(id, editor).hasUnpublishedChanges()).isTrue();

        editorial.publishUpdate(id, version(id), input(headline(id), "An edit in progress."), true, editor);

        assertThat(browser.get(path).body()).contains("An edit in progress.").doesNotContain("What readers read.");
        assertThat(editorial.open(id, editor).hasUnpublishedChanges()).isFalse();
    }

    @Test
    void aPublicUpdateMovesUpdatedAtAndAMinorFixLeavesItAlone() {
        long id = editorial.create(input("Updates " + UUID.randomUUID(), "Text."), editor);
        editorial.publish(id, version(id), input(headline(id), "Text."), editor);
        assertThat(editorial.open(id, editor).updatedAt()).isNull();

        clock.advance(Duration.ofMinutes(30));
        editorial.publishUpdate(id, version(id), input(headline(id), "Text, fixed."), false, editor);
        assertThat(editorial.open(id, editor).updatedAt()).isNull();

        clock.advance(Duration.ofMinutes(30));
        Instant before = clock.instant();
        editorial.publishUpdate(id, version(id), input(headline(id), "Text, with news."), true, editor);
        Instant updatedAt = editorial.open(id, editor).updatedAt();
        assertThat(updatedAt).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        clock.advance(Duration.ofMinutes(30));
        editorial.publishUpdate(id, version(id), input(headline(id), "Text, with news, typo fixed."), false, editor);
        assertThat(editorial.open(id, editor).updatedAt()).isEqualTo(updatedAt);
    }

    @Test
    void anUnpublishedStoryIsGoneAndRepublishingBringsItBackAtTheSameUrl() {
        long id = editorial.create(input("Gone and back " + UUID.randomUUID(), "Text."), editor);
        String path = editorial.publish(id, version(id), input(headline(id), "Text."), editor);

        editorial.unpublish(id, version(id), editor);
        Browserless.Page gone = browser.get(path);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.document().selectFirst("h1").text()).isEqualTo("This story has been removed");
        assertThat(browser.get("/").body()).doesNotContain(headline(id));

        String again = editorial.publish(id, version(id), input(headline(id), "Text."), editor);
        assertThat(again).isEqualTo(path);
        assertThat(browser.get(path).status()).isEqualTo(200);
    }

    @Test
    void aDraftCanBeDeletedButAPublishedStoryCannot() {
        long draft = editorial.create(input("Delete me " + UUID.randomUUID(), "Text."), editor);
        long published = editorial.create(input("Keep me " + UUID.randomUUID(), "Text."), editor);
        editorial.publish(published, version(published), input(headline(published), "Text."), editor);

        editorial.deleteDraft(draft, version(draft), editor);

        assertThat(articles.findStatus(draft)).isEmpty();
        assertThatThrownBy(() -> editorial.deleteDraft(published, version(published), editor))
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
        long id = editorial.create(input("Conflict " + UUID.randomUUID(), "Original."), editor);
        long opened = version(id);
        editorial.save(id, opened, input(headline(id), "Saved first."), editor);

        assertThatThrownBy(() -> editorial.save(id, opened, input(headline(id), "Saved second."), editor))
                .isInstanceOf(EditConflictException.class);
        assertThat(editorial.open(id, editor).input().body()).isEqualTo("Saved first.");
    }

    @Test
    void everySaveMovesTheVersionEvenWhenTheClockStandsStill() {
        long id = editorial.create(input("Versions " + UUID.randomUUID(), "One."), editor);
        long first = version(id);
        editorial.save(id, first, input(headline(id), "One."), editor);
        long second = version(id);
        editorial.save(id, second, input(headline(id), "One."), editor);

        assertThat(second).isGreaterThan(first);
        assertThat(version(id)).isGreaterThan(second);
    }

    @Test
    void slugsComeFromTheHeadlineWithTransliterationOrInTheirRightToLeftScriptAndStayUnique() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long arabic = editorial.create(input("محادثات السلام في جنيف " + suffix, ""), editor);
        long russian = editorial.create(input("Переговоры в Женеве " + suffix, ""), editor);
        long first = editorial.create(input("Same headline " + suffix, ""), editor);
        long second = editorial.create(input("Same headline " + suffix, ""), editor);

        // Arabic leaves out its vowels: a transliteration cannot be read, the script can.
        assertThat(editorial.open(arabic, editor).input().slug()).isEqualTo("محادثات-السلام-في-جنيف-" + suffix);
        assertThat(editorial.open(russian, editor).input().slug()).isEqualTo("peregovory-v-zeneve-" + suffix);
        assertThat(editorial.open(first, editor).input().slug()).isEqualTo("same-headline-" + suffix);
        assertThat(editorial.open(second, editor).input().slug()).isEqualTo("same-headline-" + suffix + "-2");
    }

    @Test
    void aTakenSlugIsRefusedNextToTheSlugField() {
        long taken = editorial.create(input("Slug owner " + UUID.randomUUID(), ""), editor);
        String slug = editorial.open(taken, editor).input().slug();
        StoryInput copy = input("Slug thief", "").withSlug(slug);

        assertThatThrownBy(() -> editorial.create(copy, editor))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("slug");
                    assertThat(violation.getMessage()).isEqualTo("Another story already uses this slug.");
                });
    }

    @Test
    void aSectionIsRequiredToPublish() {
        long id = editorial.create(
                new StoryInput(
                        "No section " + UUID.randomUUID(),
                        null,
                        "Text",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "en",
                        null,
                        null,
                        LeadImage.NONE),
                editor);

        assertThatThrownBy(() -> editorial.publish(
                        id,
                        version(id),
                        new StoryInput(
                                headline(id),
                                null,
                                "Text",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "en",
                                null,
                                null,
                                LeadImage.NONE),
                        editor))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                        .isEqualTo("sectionId"));
        assertThat(articles.findStatus(id)).contains(ArticleStatus.DRAFT);
    }

    @Test
    void unicodeSurvivesTheRoundTripExactly() {
        String headline = "“Peace” talks: محادثات السلام 🕊️ " + UUID.randomUUID();
        String body = "Zoë’s note — «quoted» — مرحبا 👋🏽\n\nSecond paragraph with emoji 🇨🇭 and ‘curly’ quotes.";
        long id = editorial.create(input(headline, body), editor);
        String path = editorial.publish(id, version(id), input(headline, body), editor);

        assertThat(editorial.open(id, editor).input().headline()).isEqualTo(headline);
        assertThat(editorial.open(id, editor).input().body()).isEqualTo(body);
        var page = browser.get(path).document();
        assertThat(page.selectFirst("h1").text()).isEqualTo(headline);
        assertThat(page.select(".article__body p").eachText())
                .containsExactly(
                        "Zoë’s note — «quoted» — مرحبا 👋🏽", "Second paragraph with emoji 🇨🇭 and ‘curly’ quotes.");
    }

    @Test
    void tagsAndBylineAreCreatedFromNamesAndKeepTheirOrder() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        StoryInput input = new StoryInput(
                "Names " + suffix,
                null,
                "Text",
                null,
                sectionId,
                "Zeta " + suffix + ", Alpha " + suffix + ", zeta " + suffix,
                "Second Writer " + suffix + ", First Writer " + suffix,
                "GENEVA",
                "en",
                null,
                null,
                LeadImage.NONE);
        long id = editorial.create(input, editor);

        StoryInput saved = editorial.open(id, editor).input();
        assertThat(saved.tags()).isEqualTo("Zeta " + suffix + ", Alpha " + suffix);
        assertThat(saved.byline()).isEqualTo("Second Writer " + suffix + ", First Writer " + suffix);
    }

    private StoryInput input(String headline, String body) {
        return new StoryInput(
                headline,
                "A deck",
                body,
                null,
                sectionId,
                "Testing",
                "Test Reporter",
                "TESTVILLE",
                "en",
                null,
                null,
                LeadImage.NONE);
    }

    private long version(long id) {
        return editorial.open(id, editor).version();
    }

    private String headline(long id) {
        return editorial.open(id, editor).input().headline();
    }
}
