package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.article.StoryMerge.Pick;

/** The three-way merge of two editors' saves against the version both opened, paragraph by paragraph. No Spring. */
class ThreeWayMergeTest {

    private static final String BASE_BODY = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";

    private final StoryInput base = story("Talks open in Geneva", BASE_BODY);

    @Test
    void aParagraphAddedAtTheTopAndOneAtTheBottomBothSurvive() {
        StoryInput mine = story("Talks open in Geneva", "My new lead.\n\n" + BASE_BODY);
        StoryInput theirs = story("Talks open in Geneva", BASE_BODY + "\n\nTheir new ending.");

        StoryMerge.ThreeWay merge = StoryMerge.threeWay(baseOf(base), mine, theirs);

        assertThat(merge.clean()).isTrue();
        assertThat(merge.resolve(Set.of(), Map.of()).body())
                .isEqualTo("My new lead.\n\n" + BASE_BODY + "\n\nTheir new ending.");
        assertThat(merge.fromTheirs()).containsExactly("1 paragraph of the body");
        assertThat(merge.fromMine()).containsExactly("1 paragraph of the body");
    }

    @Test
    void differentFieldsMergeAndSayWhoseTheyAre() {
        StoryInput mine = story("Talks open in Geneva", BASE_BODY.replace("Second", "My second"));
        StoryInput theirs = story("Peace talks open in Geneva", BASE_BODY);

        StoryMerge.ThreeWay merge = StoryMerge.threeWay(baseOf(base), mine, theirs);

        assertThat(merge.clean()).isTrue();
        StoryInput merged = merge.resolve(Set.of(), Map.of());
        assertThat(merged.headline()).isEqualTo("Peace talks open in Geneva");
        assertThat(merged.body()).isEqualTo(mine.body());
        assertThat(merge.fromTheirs()).containsExactly("Headline");
        assertThat(merge.fromMine()).containsExactly("Body");
    }

    @Test
    void onlyAParagraphBothChangedIsAConflictAndEitherOrBothCanBeKept() {
        StoryInput mine = story("Talks open in Geneva", "New lead.\n\n" + BASE_BODY.replace("Second", "My second"));
        StoryInput theirs = story("Talks open in Geneva", BASE_BODY.replace("Second", "Their second"));

        StoryMerge.ThreeWay merge = StoryMerge.threeWay(baseOf(base), mine, theirs);

        assertThat(merge.clean()).isFalse();
        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.number()).isEqualTo(1);
            assertThat(conflict.mine()).isEqualTo("My second paragraph.");
            assertThat(conflict.theirs()).isEqualTo("Their second paragraph.");
        });
        assertThat(merge.fields(StoryMergeTest.SHOWN).stream()
                        .filter(ConflictField::conflict)
                        .map(ConflictField::name))
                .isEmpty();
        assertThat(merge.resolve(Set.of(), Map.of()).body())
                .isEqualTo("New lead.\n\nFirst paragraph.\n\nMy second paragraph.\n\nThird paragraph.");
        assertThat(merge.resolve(Set.of(), Map.of(1, Pick.THEIRS)).body())
                .isEqualTo("New lead.\n\nFirst paragraph.\n\nTheir second paragraph.\n\nThird paragraph.");
        assertThat(merge.resolve(Set.of(), Map.of(1, Pick.BOTH)).body())
                .isEqualTo("New lead.\n\nFirst paragraph.\n\nMy second paragraph.\n\nTheir second paragraph."
                        + "\n\nThird paragraph.");
        assertThat(merge.leavesOutMine(Set.of(), Map.of(1, Pick.THEIRS))).isTrue();
        assertThat(merge.leavesOutTheirs(Set.of(), Map.of(1, Pick.THEIRS))).isFalse();
        assertThat(merge.leavesOutTheirs(Set.of(), Map.of())).isTrue();
        assertThat(merge.leavesOutMine(Set.of(), Map.of(1, Pick.BOTH))).isFalse();
        assertThat(merge.leavesOutTheirs(Set.of(), Map.of(1, Pick.BOTH))).isFalse();
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        StoryInput both =
                story("Talks open in Geneva", BASE_BODY.replace("Third", "Last").replace("First", "My first"));
        StoryInput theirs = story("Talks open in Geneva", BASE_BODY.replace("Third", "Last"));

        StoryMerge.ThreeWay merge = StoryMerge.threeWay(baseOf(base), both, theirs);

        assertThat(merge.clean()).isTrue();
        assertThat(merge.resolve(Set.of(), Map.of()).body()).isEqualTo(both.body());
    }

    @Test
    void aFieldBothChangedDifferentlyIsTheEditorsToPick() {
        StoryInput mine = story("My headline", BASE_BODY);
        StoryInput theirs = story("Their headline", BASE_BODY + "\n\nMore.");

        StoryMerge.ThreeWay merge = StoryMerge.threeWay(baseOf(base), mine, theirs);

        assertThat(merge.clean()).isFalse();
        assertThat(merge.fields(StoryMergeTest.SHOWN).stream()
                        .filter(ConflictField::conflict)
                        .map(ConflictField::name))
                .containsExactly("headline");
        StoryInput picked = merge.resolve(Set.of("headline"), Map.of());
        assertThat(picked.headline()).isEqualTo("Their headline");
        assertThat(picked.body()).isEqualTo(BASE_BODY + "\n\nMore.");
        assertThat(merge.leavesOutMine(Set.of("headline"), Map.of())).isTrue();
        assertThat(merge.leavesOutTheirs(Set.of("headline"), Map.of())).isFalse();
    }

    @Test
    void withoutTheVersionBothOpenedEveryDifferenceIsAConflict() {
        StoryInput mine = story("Talks open in Geneva", "My new lead.\n\n" + BASE_BODY);
        StoryInput theirs = story("Peace talks open in Geneva", BASE_BODY);

        StoryMerge.ThreeWay merge = StoryMerge.threeWay(null, mine, theirs);

        assertThat(merge.clean()).isFalse();
        assertThat(merge.fields(StoryMergeTest.SHOWN).stream()
                        .filter(ConflictField::conflict)
                        .map(ConflictField::name))
                .containsExactly("headline", "body");
        assertThat(merge.resolve(Set.of("headline"), Map.of()))
                .isEqualTo(
                        mine.toBuilder().headline("Peace talks open in Geneva").build());
    }

    /** The base as the database keeps it: each field's text, by the field's key. */
    static Map<String, String> baseOf(StoryInput input) {
        Map<String, String> fields = new LinkedHashMap<>();
        Arrays.stream(StoryField.values()).forEach(field -> fields.put(field.key(), field.textIn(input)));
        return fields;
    }

    private static StoryInput story(String headline, String body) {
        return StoryInput.builder()
                .headline(headline)
                .body(body)
                .slug("talks-open")
                .sectionId(1L)
                .tags("Syria")
                .byline("Maria Keller")
                .language("en")
                .build();
    }
}
