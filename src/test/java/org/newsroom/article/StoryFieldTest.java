package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoryFieldTest {

    private static final StoryInput MINE = new StoryInput(
            "My headline",
            "My deck",
            "My body.",
            "my-slug",
            1L,
            "Mine",
            "Ana Reyes",
            "GENEVA",
            "en",
            "My SEO title",
            "My SEO description",
            new LeadImage(10L, "My alt", "My caption", false));

    private static final StoryInput THEIRS = new StoryInput(
            "Their headline",
            "Their deck",
            "Their body.",
            "their-slug",
            2L,
            "Theirs",
            "Tom Okafor",
            "BEIRUT",
            "fr",
            "Their SEO title",
            "Their SEO description",
            new LeadImage(20L, "Their alt", "Their caption", true));

    @Test
    void everyFieldDiffersBetweenTheTwoStoriesOfTheseTests() {
        for (StoryField field : StoryField.values()) {
            assertThat(field.textIn(MINE)).as(field.label()).isNotEqualTo(field.textIn(THEIRS));
        }
    }

    @ParameterizedTest
    @EnumSource(StoryField.class)
    void aMergeTakesThePickedFieldFromTheirsAndEveryOtherFromMine(StoryField picked) {
        StoryInput merged = MINE.withFieldsOf(THEIRS, EnumSet.of(picked));

        for (StoryField field : StoryField.values()) {
            StoryInput expected = field == picked ? THEIRS : MINE;
            assertThat(field.textIn(merged)).as(field.label()).isEqualTo(field.textIn(expected));
        }
    }

    @Test
    void aMergeOfEveryFieldIsTheirsAndOfNoneIsMine() {
        assertThat(MINE.withFieldsOf(THEIRS, EnumSet.allOf(StoryField.class))).isEqualTo(THEIRS);
        assertThat(MINE.withFieldsOf(THEIRS, EnumSet.noneOf(StoryField.class))).isEqualTo(MINE);
    }

    @Test
    void aSavedStoryComesBackToTheFormAsItWasWritten() {
        ArticleDraft draft = MINE.toDraft("My headline", "my-slug", List.of(7L), List.of(8L), "en");

        assertThat(StoryInput.of(draft, "Mine", "Ana Reyes")).isEqualTo(MINE);
    }

    @Test
    void blankOptionalTextIsStoredAsNone() {
        StoryInput blank =
                new StoryInput("Headline", " ", null, null, null, null, null, "\t", null, "", "  ", LeadImage.NONE);

        ArticleDraft draft = blank.toDraft("Headline", "headline", List.of(), List.of(), "en");

        assertThat(draft.deck()).isNull();
        assertThat(draft.bodyMarkdown()).isEmpty();
        assertThat(draft.dateline()).isNull();
        assertThat(draft.seoTitle()).isNull();
        assertThat(draft.seoDescription()).isNull();
    }

    @Test
    void theEditorsFormListsTheLeadImageAsItsFourInputs() {
        assertThat(StoryField.allFormFields())
                .containsExactly(
                        "headline",
                        "deck",
                        "body",
                        "slug",
                        "sectionId",
                        "byline",
                        "tags",
                        "dateline",
                        "language",
                        "seoTitle",
                        "seoDescription",
                        "leadImageId",
                        "leadImageAlt",
                        "leadImageCaption",
                        "leadImageDecorative");
    }

    @Test
    void aStoryContentKeepsEveryColumnOfTheDraft() {
        ArticleDraft draft = MINE.toDraft("My headline", "my-slug", List.of(7L), List.of(8L), "en");

        assertThat(StoryContent.of(draft).toDraft(List.of(7L), List.of(8L))).isEqualTo(draft);
    }
}
