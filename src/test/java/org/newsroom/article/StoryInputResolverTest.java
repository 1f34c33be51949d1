package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsroom.platform.RuleViolation;

/** The parts of reading the editor's form that need no other module and no database. */
class StoryInputResolverTest {

    @Test
    void aHeadlineLosesTheSpacesAroundItAndIsRequired() {
        assertThat(StoryInputResolver.headline("  Talks resume in Geneva \n")).isEqualTo("Talks resume in Geneva");

        for (String none : new String[] {null, "", "   \t"}) {
            assertThatThrownBy(() -> StoryInputResolver.headline(none))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                            .isEqualTo("headline"))
                    .hasMessage("Enter a headline.");
        }
    }

    @Test
    void aTypedSlugIsLowerCaseAndAnEmptyOneMeansMakeOneFromTheHeadline() {
        assertThat(StoryInputResolver.typedSlug(" Syrian-Peace-Talks ")).isEqualTo("syrian-peace-talks");
        assertThat(StoryInputResolver.typedSlug("محادثات-جنيف-2")).isEqualTo("محادثات-جنيف-2");
        assertThat(StoryInputResolver.typedSlug(null)).isEmpty();
        assertThat(StoryInputResolver.typedSlug("  ")).isEmpty();
    }

    @Test
    void aSlugThatIsNotLettersDigitsAndSingleHyphensIsRefusedNextToItsField() {
        for (String bad : new String[] {"two  words", "double--hyphen", "-leading", "dots.in.it", "sl/ash"}) {
            assertThatThrownBy(() -> StoryInputResolver.typedSlug(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field())
                            .isEqualTo("slug"))
                    .hasMessage("Use lower-case letters, digits and single hyphens, like syrian-peace-talks.");
        }
    }

    @Test
    void namesAreTakenInOrderOnceEachWhateverTheirCaseAndSpacing() {
        assertThat(StoryInputResolver.names("Syria,  Geneva   II , syria, ,GENEVA ii, Peace talks"))
                .containsExactly("Syria", "Geneva II", "Peace talks");
        assertThat(StoryInputResolver.names("Maria Keller, Tom Okafor")).containsExactly("Maria Keller", "Tom Okafor");
        assertThat(StoryInputResolver.names(null)).isEmpty();
        assertThat(StoryInputResolver.names(" , ,")).isEmpty();
    }

    @Test
    void aStoryGivenNoLanguageIsInTheSitesLanguage() {
        assertThat(StoryInputResolver.language(null, "de")).isEqualTo("de");
        assertThat(StoryInputResolver.language("  ", "de")).isEqualTo("de");
        assertThat(StoryInputResolver.language(" ar ", "de")).isEqualTo("ar");
    }

    @Test
    void anOptionalTextLeftBlankIsNone() {
        assertThat(StoryInput.blankToNull(null)).isNull();
        assertThat(StoryInput.blankToNull(" \n ")).isNull();
        assertThat(StoryInput.blankToNull("  GENEVA ")).isEqualTo("GENEVA");
    }
}
