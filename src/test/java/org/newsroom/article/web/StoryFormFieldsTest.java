package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.article.StoryField;

class StoryFormFieldsTest {

    /** The form's fields that say what to do with the story rather than what it says. */
    private static final Set<String> NOT_THE_STORY = Set.of("version", "publicUpdate", "scheduleAt", "reviewNote");

    @Test
    void everyFieldOfTheEditorsFormThatHoldsTheStoryIsInTheOneList() {
        var storyFields = Arrays.stream(ArticleForm.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .filter(name -> !NOT_THE_STORY.contains(name))
                .toList();

        assertThat(StoryField.allFormFields())
                .as("a field added to the form is listed in StoryField, so the conflict screen, the comparison and"
                        + " the editor's script keep it")
                .containsExactlyInAnyOrderElementsOf(storyFields);
    }
}
