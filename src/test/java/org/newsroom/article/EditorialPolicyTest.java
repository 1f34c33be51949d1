package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what to a story, and in which state: plain rules, tested without Spring or a database. */
class EditorialPolicyTest {

    private static final long WRITER_ID = 7;
    private static final Actor WRITER = new Actor(WRITER_ID, "Wanda Writer", StaffRole.WRITER);
    private static final Actor OTHER_WRITER = new Actor(8, "Otto Writer", StaffRole.WRITER);
    private static final Actor EDITOR = new Actor(9, "Edda Editor", StaffRole.EDITOR);
    private static final Actor ADMIN = new Actor(10, "Ada Admin", StaffRole.ADMIN);

    @Test
    void aWriterSeesOnlyTheirOwnStoriesAndEditorsSeeEveryone() {
        assertThatCode(() -> EditorialPolicy.requireCanView(WRITER_ID, WRITER)).doesNotThrowAnyException();
        assertThatCode(() -> EditorialPolicy.requireCanView(WRITER_ID, EDITOR)).doesNotThrowAnyException();
        assertThatCode(() -> EditorialPolicy.requireCanView(WRITER_ID, ADMIN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EditorialPolicy.requireCanView(WRITER_ID, OTHER_WRITER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("This story belongs to someone else.");

        assertThat(EditorialPolicy.listedOwner(WRITER)).isEqualTo(WRITER_ID);
        assertThat(EditorialPolicy.listedOwner(EDITOR)).isNull();
        assertThat(EditorialPolicy.listedOwner(ADMIN)).isNull();
    }

    @Test
    void aStoryWithoutAnOwnerIsSeenOnlyByEditors() {
        assertThatThrownBy(() -> EditorialPolicy.requireCanView(null, WRITER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> EditorialPolicy.requireCanView(null, EDITOR)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void aWriterEditsTheirOwnStoryOnlyWhileItIsADraft(ArticleStatus status) {
        boolean draft = status == ArticleStatus.DRAFT;

        assertThat(EditorialPolicy.canEdit(WRITER_ID, status, WRITER)).isEqualTo(draft);
        if (draft) {
            assertThatCode(() -> EditorialPolicy.requireCanEdit(WRITER_ID, status, WRITER))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> EditorialPolicy.requireCanEdit(WRITER_ID, status, WRITER))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("Once submitted or published, a story is edited by the editors.");
        }
    }

    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void aWriterNeverEditsAnotherWritersStoryWhateverItsState(ArticleStatus status) {
        assertThat(EditorialPolicy.canEdit(WRITER_ID, status, OTHER_WRITER)).isFalse();
        // Not even told that it exists as something they could edit: the refusal is the one for viewing.
        assertThatThrownBy(() -> EditorialPolicy.requireCanEdit(WRITER_ID, status, OTHER_WRITER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("This story belongs to someone else.");
    }

    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void editorsAndAdminsEditEveryStoryInEveryState(ArticleStatus status) {
        for (Actor actor : new Actor[] {EDITOR, ADMIN}) {
            assertThat(EditorialPolicy.canEdit(WRITER_ID, status, actor)).isTrue();
            assertThatCode(() -> EditorialPolicy.requireCanEdit(WRITER_ID, status, actor))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void onlyEditorsPublish() {
        assertThat(EditorialPolicy.canPublish(WRITER)).isFalse();
        assertThat(EditorialPolicy.canPublish(EDITOR)).isTrue();
        assertThat(EditorialPolicy.canPublish(ADMIN)).isTrue();
        assertThatThrownBy(() -> EditorialPolicy.requireEditor(WRITER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only editors publish and unpublish stories.");
        assertThatCode(() -> EditorialPolicy.requireEditor(EDITOR)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(ArticleStatus.class)
    void eachStepOfTheWorkflowStartsFromItsOwnStates(ArticleStatus status) {
        assertRule(
                () -> EditorialPolicy.requireSubmittable(status),
                status == ArticleStatus.DRAFT,
                "Only a draft can be submitted for review.");
        assertRule(
                () -> EditorialPolicy.requireReturnable(status),
                status == ArticleStatus.IN_REVIEW,
                "Only a story in review can be sent back.");
        assertRule(
                () -> EditorialPolicy.requireNotLive(status),
                status != ArticleStatus.PUBLISHED,
                "This story is already published: use Publish update.");
        assertRule(
                () -> EditorialPolicy.requireUpdatable(status),
                status == ArticleStatus.PUBLISHED,
                "Only a published story can get an update; publish it first.");
        assertRule(
                () -> EditorialPolicy.requireUnpublishable(status),
                status == ArticleStatus.PUBLISHED,
                "Only a published story can be unpublished.");
        assertRule(
                () -> EditorialPolicy.requireCorrectable(status),
                status == ArticleStatus.PUBLISHED,
                "Notes are added to published stories.");
    }

    @Test
    void onlyAStoryReadersNeverSawAndThatIsNotScheduledIsDeleted() {
        Instant once = Instant.parse("2026-11-28T10:00:00Z");
        assertThatCode(() -> EditorialPolicy.requireDeletable(null, ArticleStatus.DRAFT))
                .doesNotThrowAnyException();
        assertThatCode(() -> EditorialPolicy.requireDeletable(null, ArticleStatus.IN_REVIEW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> EditorialPolicy.requireDeletable(null, ArticleStatus.SCHEDULED))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> EditorialPolicy.requireDeletable(once, ArticleStatus.UNPUBLISHED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("unpublish a published story instead");
        assertThatThrownBy(() -> EditorialPolicy.requireDeletable(once, ArticleStatus.DRAFT))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aPublicationIsScheduledForATimeStillAhead() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        assertThatCode(() -> EditorialPolicy.requireScheduleTime(now.plusSeconds(1), now))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> EditorialPolicy.requireScheduleTime(now, now))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                        .isEqualTo("scheduleAt"))
                .hasMessage("That time has passed. Choose a time in the future.");
        assertThatThrownBy(() -> EditorialPolicy.requireScheduleTime(null, now))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                        .isEqualTo("scheduleAt"))
                .hasMessage("Enter the date and time of publication.");
    }

    @Test
    void aNoteForOthersIsStrippedRequiredAndAtMostTwoThousandCharacters() {
        assertThat(EditorialPolicy.requireNote("reviewNote", "  Cut the second paragraph.\n", "Say what to change."))
                .isEqualTo("Cut the second paragraph.");
        assertThat(EditorialPolicy.requireNote("reviewNote", "x".repeat(2000), "Say what to change."))
                .hasSize(2000);
        for (String empty : new String[] {null, "", " \n\t"}) {
            assertThatThrownBy(() -> EditorialPolicy.requireNote("reviewNote", empty, "Say what to change."))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                            .isEqualTo("reviewNote"))
                    .hasMessage("Say what to change.");
        }
        assertThatThrownBy(() -> EditorialPolicy.requireNote("correctionText", "x".repeat(2001), "Write it."))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                        .isEqualTo("correctionText"))
                .hasMessage("A note has at most 2,000 characters.");
    }

    /** The rule passes when {@code allowed}, and is otherwise refused as a rule (never as a missing permission). */
    private static void assertRule(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable rule, boolean allowed, String refusal) {
        if (allowed) {
            assertThatCode(rule).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(rule).isExactlyInstanceOf(RuleViolation.class).hasMessage(refusal);
        }
    }
}
