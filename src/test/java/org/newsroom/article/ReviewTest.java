package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewTest {

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

    private Actor writer;
    private Actor editor;
    private long desk;

    @BeforeEach
    void setUp() {
        writer = staff.create(StaffRole.WRITER, "Rita Writer").actor();
        editor = staff.create(StaffRole.EDITOR, "Ed Reviewer").actor();
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @Test
    void anEditorSendsAStoryBackWithANoteTheWriterSeesAndResubmittingClearsIt() {
        long id = drafting.create(input("For review " + UUID.randomUUID()), writer);
        drafting.submitForReview(id, version(id), input(headline(id)), writer);
        assertThat(editorQueries.open(id, writer).editable()).isFalse();

        drafting.sendBack(id, version(id), "Please add the source of the casualty figures.", editor);

        ArticleEditorView back = editorQueries.open(id, writer);
        assertThat(back.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(back.editable()).isTrue();
        assertThat(back.reviewNote()).isEqualTo("Please add the source of the casualty figures.");
        assertThat(back.reviewNoteBy()).isEqualTo("Ed Reviewer");

        drafting.submitForReview(id, version(id), input(headline(id)), writer);
        assertThat(editorQueries.open(id, editor).reviewNote()).isNull();
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void approvingIsPublishing() {
        long id = drafting.create(input("Approve me " + UUID.randomUUID()), writer);
        drafting.submitForReview(id, version(id), input(headline(id)), writer);

        publishing.publish(id, version(id), input(headline(id)), editor);

        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void sendingBackNeedsANoteAnEditorAndAStoryInReview() {
        long id = drafting.create(input("Rules " + UUID.randomUUID()), writer);

        assertThatThrownBy(() -> drafting.sendBack(id, version(id), "Not yet submitted", editor))
                .isInstanceOf(RuleViolation.class);
        drafting.submitForReview(id, version(id), input(headline(id)), writer);
        assertThatThrownBy(() -> drafting.sendBack(id, version(id), "  ", editor))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reviewNote"));
        assertThatThrownBy(() -> drafting.sendBack(id, version(id), "I reject myself", writer))
                .isInstanceOf(AccessDeniedException.class);
    }

    private StoryInput input(String headline) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body("Body")
                .sectionId(desk)
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id) {
        return editorQueries.open(id, editor).input().headline();
    }
}
