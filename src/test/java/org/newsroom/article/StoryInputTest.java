package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryInputTest {

    private static final StoryInput FULL = new StoryInput(
            "Headline",
            "Deck",
            "Body",
            "a-slug",
            3L,
            "Syria, Geneva II",
            "Maria Keller",
            "GENEVA",
            "fr",
            "SEO title",
            "SEO description",
            new LeadImage(5L, "Alt", "Caption", false));

    @Test
    void aStoryTakenApartByItsBuilderComesBackTheSame() {
        assertThat(FULL.toBuilder().build()).isEqualTo(FULL);
    }

    @Test
    void theBuilderChangesOnlyTheFieldsItIsGiven() {
        StoryInput moved = FULL.toBuilder().sectionId(4L).tags("Peace talks").build();

        assertThat(moved.sectionId()).isEqualTo(4L);
        assertThat(moved.tags()).isEqualTo("Peace talks");
        assertThat(moved.toBuilder().sectionId(3L).tags("Syria, Geneva II").build())
                .isEqualTo(FULL);
        assertThat(FULL.withSlug(null).slug()).isNull();
        assertThat(FULL.withSlug(null).headline()).isEqualTo("Headline");
    }

    @Test
    void aFieldLeftAloneIsEmptyAndTheLeadImageNone() {
        StoryInput input = StoryInput.builder().headline("Only a headline").build();

        assertThat(input)
                .isEqualTo(new StoryInput(
                        "Only a headline", null, null, null, null, null, null, null, null, null, null, null));
        assertThat(input.leadImage()).isEqualTo(LeadImage.NONE);
    }
}
