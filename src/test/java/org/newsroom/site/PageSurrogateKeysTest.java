package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleSummary;
import org.newsroom.media.Picture;
import org.newsroom.taxonomy.SectionRef;

/**
 * The keys of a page come from whatever its model holds: a page added by another module (a curated front page, a
 * banner) names the stories it shows without code of its own.
 */
class PageSurrogateKeysTest {

    /** What a curated front page of another module might hold: records of its own, around the stories. */
    record Slot(String label, ArticleSummary story) {}

    record Arrangement(Slot lead, List<Slot> top, Map<String, List<ArticleSummary>> blocks) {}

    record Teaser(String text, ArticleSummary link) {}

    @Test
    void storiesAndImagesAreFoundInAnyRecordListOrMapOfTheModel() {
        var arrangement = new Arrangement(
                new Slot("lead", story(1, null)),
                List.of(new Slot("top", story(2, picture(20))), new Slot("top", story(3, null))),
                Map.of("world", List.of(story(4, null))));

        Set<String> keys = keysOf(arrangement, new Teaser("Breaking", story(5, null)), "a string", 42);

        assertThat(keys).containsExactlyInAnyOrder("a:1", "a:2", "i:20", "a:3", "a:4", "a:5");
    }

    /** The banner links to a story by its path; it names the story, so that its pages go when the story is unpublished. */
    @Test
    void theBannerNamesTheStoryItLinksTo() {
        var banner = new org.newsroom.frontpage.Banner(
                "Ceasefire", org.newsroom.frontpage.BannerLevel.BREAKING, 7L, null, java.time.Instant.EPOCH);
        var unlinked = new org.newsroom.frontpage.Banner(
                "Talks go on", org.newsroom.frontpage.BannerLevel.DEVELOPING, null, null, java.time.Instant.EPOCH);

        assertThat(keysOf(banner)).containsExactly("a:7");
        assertThat(keysOf(unlinked)).isEmpty();
    }

    @Test
    void aPageListingFortyStoriesNamesFortyStoryKeys() {
        List<ArticleSummary> forty =
                LongStream.rangeClosed(1, 40).mapToObj(id -> story(id, null)).toList();

        Set<String> keys = keysOf(forty, List.of(forty.getFirst()));

        assertThat(keys).hasSize(40).allMatch(key -> key.matches("a:\\d+"));
    }

    private static Set<String> keysOf(Object... model) {
        Set<String> keys = new LinkedHashSet<>();
        for (Object value : model) {
            PageSurrogateKeys.add(keys, value, 0);
        }
        return keys;
    }

    private static ArticleSummary story(long id, Picture image) {
        return new ArticleSummary(
                id,
                "Headline " + id,
                "Deck",
                "en",
                "story-" + id,
                new SectionRef(7, "world", "World", null, null),
                Instant.parse("2014-02-10T09:12:00Z"),
                null,
                "/world/2014/02/10/story-" + id,
                null,
                image);
    }

    private static Picture picture(long id) {
        return new Picture(id, 800, 600, "Alt", "Caption", "Credit", false, List.of());
    }
}
