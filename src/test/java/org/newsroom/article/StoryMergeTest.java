package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which fields two versions of a story disagree on, and the story made of the picked sides. No Spring, no database. */
class StoryMergeTest {

    private static final LeadImage PHOTO = new LeadImage(7L, "Delegates in Geneva", "The opening session", false);

    static final StoryMerge.Shown SHOWN = new StoryMerge.Shown() {
        @Override
        public String section(Long sectionId) {
            return sectionId == null ? "" : "Section " + sectionId;
        }

        @Override
        public String language(String code) {
            return "Language " + code;
        }

        @Override
        public String leadImage(LeadImage lead) {
            return lead.present() ? "Image " + lead.imageId() : "";
        }
    };

    private final StoryInput mine = new StoryInput(
            "Talks open in Geneva",
            "Mine deck",
            "My body",
            "talks-open",
            1L,
            "Syria",
            "Maria Keller",
            "GENEVA",
            "en",
            "SEO mine",
            "Description",
            PHOTO);

    private final StoryInput theirs = new StoryInput(
            "Talks open in Geneva",
            "Their deck",
            "Their body",
            "talks-open",
            2L,
            "Syria",
            "Maria Keller",
            "GENEVA",
            "fr",
            "SEO mine",
            "Description\r\n",
            new LeadImage(7L, "Delegates in Geneva", "Another caption", false));

    @Test
    void everyFieldIsListedInTheEditorsOrderAndOnlyTheChangedOnesDiffer() {
        List<ConflictField> fields = StoryMerge.fields(mine, theirs, SHOWN);

        assertThat(fields)
                .extracting(ConflictField::name)
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
                        "leadImage");
        assertThat(fields.stream().filter(ConflictField::differs).map(ConflictField::name))
                .containsExactly("deck", "body", "sectionId", "language", "leadImage");
    }

    @Test
    void idsAndCodesAreComparedAsThemselvesButShownByName() {
        Map<String, ConflictField> fields = byName(StoryMerge.fields(mine, theirs, SHOWN));

        assertThat(fields.get("sectionId"))
                .extracting(
                        ConflictField::mine,
                        ConflictField::theirs,
                        ConflictField::mineShown,
                        ConflictField::theirsShown)
                .containsExactly("1", "2", "Section 1", "Section 2");
        assertThat(fields.get("language"))
                .extracting(ConflictField::mine, ConflictField::mineShown)
                .containsExactly("en", "Language en");
        assertThat(fields.get("leadImage").theirsShown()).isEqualTo("Image 7");
    }

    @Test
    void longTextsAreMarkedForTheWideView() {
        assertThat(StoryMerge.fields(mine, theirs, SHOWN).stream()
                        .filter(ConflictField::longText)
                        .map(ConflictField::name))
                .containsExactly("deck", "body", "seoDescription");
    }

    @Test
    void aStoryWithoutSectionOrImageIsEmptyOnThatSide() {
        StoryInput bare = new StoryInput(
                "Talks open in Geneva", null, "My body", null, null, null, null, null, "en", null, null, null);
        Map<String, ConflictField> fields = byName(StoryMerge.fields(bare, theirs, SHOWN));

        assertThat(fields.get("sectionId").mine()).isEmpty();
        assertThat(fields.get("sectionId").mineEmpty()).isTrue();
        assertThat(fields.get("leadImage").mine()).isEmpty();
        assertThat(fields.get("leadImage").differs()).isTrue();
    }

    @Test
    void mergingTakesTheirsOnlyWherePickedAndTheLeadImageWhole() {
        StoryInput merged = StoryMerge.merge(mine, theirs, Set.of("deck", "leadImage", "language"));

        assertThat(merged.deck()).isEqualTo("Their deck");
        assertThat(merged.language()).isEqualTo("fr");
        assertThat(merged.leadImage()).isEqualTo(theirs.leadImage());
        assertThat(merged.body()).isEqualTo("My body");
        assertThat(merged.sectionId()).isEqualTo(1L);
        assertThat(merged.seoTitle()).isEqualTo("SEO mine");
    }

    @Test
    void mergingWithNothingPickedIsMineAndWithEverythingPickedIsTheirs() {
        assertThat(StoryMerge.merge(mine, theirs, Set.of())).isEqualTo(mine);

        Set<String> all = StoryMerge.fields(mine, theirs, SHOWN).stream()
                .map(ConflictField::name)
                .collect(Collectors.toSet());
        assertThat(StoryMerge.merge(mine, theirs, all)).isEqualTo(theirs);
    }

    private static Map<String, ConflictField> byName(List<ConflictField> fields) {
        return fields.stream().collect(Collectors.toMap(ConflictField::name, Function.identity()));
    }
}
