package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RevisionsTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    Browserless browser;

    @Autowired
    JdbcClient jdbc;

    private Actor editor;
    private long deskA;
    private long deskB;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR, "Rev Editor").actor();
        deskA = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        deskB = sections.ensureSection("other-desk", "Other desk", null, 98).id();
    }

    @Test
    void everySaveStoresARevisionOfAllFieldsWithWhoAndWhen() {
        long id = drafting.create(input("Revisions " + UUID.randomUUID(), "One.", deskA, "Alpha"), editor);
        String headline = editorQueries.open(id, editor).input().headline();
        drafting.save(id, version(id), input(headline, "Two.", deskA, "Alpha"), editor);
        publishing.publish(id, version(id), input(headline, "Two.", deskA, "Alpha"), editor);
        drafting.save(id, version(id), input(headline, "Three.", deskB, "Beta, Gamma"), editor);
        publishing.publishUpdate(id, version(id), input(headline, "Three.", deskB, "Beta, Gamma"), true, editor);

        List<RevisionSummary> history = storyHistory.history(id, editor);

        assertThat(history)
                .extracting(RevisionSummary::kind)
                .containsExactly(
                        RevisionKind.UPDATE_PUBLISHED,
                        RevisionKind.SAVED,
                        RevisionKind.PUBLISHED,
                        RevisionKind.SAVED,
                        RevisionKind.CREATED);
        assertThat(history).extracting(RevisionSummary::number).containsExactly(5, 4, 3, 2, 1);
        assertThat(history).allSatisfy(r -> {
            assertThat(r.createdBy()).isEqualTo("Rev Editor");
            assertThat(r.createdAt()).isNotNull();
        });
        RevisionComparison metadata =
                storyHistory.compare(id, history.get(4).id(), history.get(1).id(), editor);
        assertThat(changed(metadata)).contains("Body", "Section", "Tags").doesNotContain("Headline", "Slug");
    }

    @Test
    void aComparisonHighlightsChangedWordsAndEscapesTheText() {
        long id = drafting.create(
                input("Compare " + UUID.randomUUID(), "The talks <b>resumed</b> on Monday in Geneva.", deskA, null),
                editor);
        String headline = editorQueries.open(id, editor).input().headline();
        drafting.save(
                id,
                version(id),
                input(headline, "The talks <b>resumed</b> on Tuesday in Geneva.", deskA, null),
                editor);
        List<RevisionSummary> history = storyHistory.history(id, editor);

        RevisionComparison comparison = storyHistory.compare(id, history.get(1).id(), null, editor);
        var body = comparison.fields().stream()
                .filter(f -> f.label().equals("Body"))
                .findFirst()
                .orElseThrow();

        assertThat(body.changed()).isTrue();
        assertThat(body.rows().getFirst().leftHtml())
                .contains("<del>Monday</del>")
                .contains("&lt;b&gt;");
        assertThat(body.rows().getFirst().rightHtml())
                .contains("<ins>Tuesday</ins>")
                .doesNotContain("<b>");
        assertThat(comparison.right()).isEqualTo("Current version");
    }

    @Test
    void restoringTheFirstRevisionIsItselfANewRevisionAndOnlyTouchesTheWorkingCopy() {
        long id = drafting.create(input("Restore " + UUID.randomUUID(), "First words.", deskA, "Alpha"), editor);
        String headline = editorQueries.open(id, editor).input().headline();
        String path = publishing.publish(id, version(id), input(headline, "Published words.", deskA, "Alpha"), editor);
        drafting.save(id, version(id), input(headline, "Later words.", deskB, "Beta"), editor);
        RevisionSummary first = storyHistory.history(id, editor).getLast();

        drafting.restore(id, first.id(), version(id), editor);

        var restored = editorQueries.open(id, editor).input();
        assertThat(restored.body()).isEqualTo("First words.");
        assertThat(restored.sectionId()).isEqualTo(deskA);
        assertThat(restored.tags()).isEqualTo("Alpha");
        assertThat(storyHistory.history(id, editor).getFirst().kind()).isEqualTo(RevisionKind.RESTORED);
        assertThat(storyHistory.history(id, editor).getFirst().restoredFrom()).isEqualTo(1);
        assertThat(browser.get(path).body()).contains("Published words.").doesNotContain("First words.");
    }

    @Test
    void aRevisionOfAnotherStoryCannotBeRestoredOrCompared() {
        long mine = drafting.create(input("Mine " + UUID.randomUUID(), "Mine.", deskA, null), editor);
        long theirs = drafting.create(input("Theirs " + UUID.randomUUID(), "Theirs.", deskA, null), editor);
        long theirRevision = storyHistory.history(theirs, editor).getFirst().id();

        assertThatThrownBy(() -> drafting.restore(mine, theirRevision, version(mine), editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("That revision belongs to another story.");
        assertThatThrownBy(() -> storyHistory.compare(mine, theirRevision, null, editor))
                .isInstanceOf(RuleViolation.class);
        assertThat(editorQueries.open(mine, editor).input().body()).isEqualTo("Mine.");
    }

    @Test
    void revisionsCannotBeChanged() {
        long id = drafting.create(input("Immutable " + UUID.randomUUID(), "Text.", deskA, null), editor);

        assertThatThrownBy(
                        () -> jdbc.sql("update article_revisions set body_markdown = 'forged' where article_id = :id")
                                .param("id", id)
                                .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("immutable");
    }

    private static List<String> changed(RevisionComparison comparison) {
        return comparison.fields().stream()
                .filter(RevisionComparison.FieldDiff::changed)
                .map(RevisionComparison.FieldDiff::label)
                .toList();
    }

    private StoryInput input(String headline, String body, long section, String tags) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body(body)
                .sectionId(section)
                .tags(tags)
                .byline("Rev Writer")
                .dateline("GENEVA")
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }
}
