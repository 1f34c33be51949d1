package org.newsroom.support;

import org.newsroom.article.StoryInput;

/**
 * The editor's form as a test fills it: a headline, in English, with no lead image, and whatever else the test names,
 * so that a test shows only the fields it is about.
 */
public final class StoryInputs {

    private StoryInputs() {}

    public static StoryInput.Builder story(String headline) {
        return StoryInput.builder().headline(headline).language("en");
    }
}
