package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void latinHeadlinesLoseAccentsAndPunctuation() {
        assertThat(Slugs.slugify("Syrian rivals resume peace talks in Geneva", 100))
                .isEqualTo("syrian-rivals-resume-peace-talks-in-geneva");
        assertThat(Slugs.slugify("São Paulo modernist’s “lost” sketchbooks!", 100))
                .isEqualTo("sao-paulo-modernist-s-lost-sketchbooks");
        assertThat(Slugs.slugify("Łódź & Zoë: 2014", 100)).isEqualTo("lodz-zoe-2014");
    }

    @Test
    void otherScriptsAreTransliterated() {
        assertThat(Slugs.slugify("محادثات السلام في جنيف", 100))
                .matches("[a-z0-9]+(-[a-z0-9]+)*")
                .isNotEmpty();
        assertThat(Slugs.slugify("Переговоры в Женеве", 100)).isEqualTo("peregovory-v-zeneve");
        assertThat(Slugs.slugify("日内瓦和谈", 100))
                .matches("[a-z0-9]+(-[a-z0-9]+)*")
                .isNotEmpty();
        assertThat(Slugs.slugify("Ειρηνευτικές συνομιλίες", 100)).isEqualTo("eireneutikes-synomilies");
    }

    @Test
    void longTextIsCutAtAWordBoundary() {
        String slug = Slugs.slugify("one two three four five six seven eight nine ten", 20);

        assertThat(slug).isEqualTo("one-two-three-four");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void nothingUsableGivesAnEmptySlug() {
        assertThat(Slugs.slugify("!!! ???", 50)).isEmpty();
        assertThat(Slugs.slugify("🎉🎉", 50)).isEmpty();
        assertThat(Slugs.slugify(null, 50)).isEmpty();
    }

    @Test
    void aStoryInARightToLeftScriptKeepsItsScript() {
        assertThat(Slugs.articleSlug("محادثات جنيف 2", 100)).isEqualTo("محادثات-جنيف-2");
        assertThat(Slugs.articleSlug("مُحَادَثَات «جنيف»، اليوم", 100)).isEqualTo("محادثات-جنيف-اليوم");
        assertThat(Slugs.articleSlug("שיחות ז'נבה", 100)).isEqualTo("שיחות-ז-נבה");
        assertThat(Slugs.articleSlug("Geneva II: محادثات", 100)).isEqualTo("geneva-ii-محادثات");
        assertThat(Slugs.isValidForArticle("محادثات-جنيف-2")).isTrue();
        assertThat(Slugs.isValid("محادثات-جنيف-2")).isFalse();
        assertThat(Slugs.isValidForArticle("محادثات،جنيف")).isFalse();
    }

    @Test
    void otherStoriesGetTheSameSlugsAsBefore() {
        assertThat(Slugs.articleSlug("Syrian rivals resume peace talks in Geneva", 100))
                .isEqualTo("syrian-rivals-resume-peace-talks-in-geneva");
        assertThat(Slugs.articleSlug("Переговоры в Женеве", 100)).isEqualTo("peregovory-v-zeneve");
    }

    @Test
    void pathsInOtherScriptsArePercentEncodedOnTheWire() {
        assertThat(Slugs.toUri("/world/2014/02/10/محادثات-2?before=x"))
                .isEqualTo("/world/2014/02/10/%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-2?before=x");
        assertThat(Slugs.toUri("/world/a-b")).isEqualTo("/world/a-b");
    }
}
