package org.newsroom.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A story's address as editors paste it: from the browser's address bar whole, or only its path. */
class BannerStoriesTest {

    @Test
    void theAddressOfAStoryGivesItsPathHoweverItIsPasted() {
        String path = "/world/2026/12/02/talks-resume";

        assertThat(BannerStories.pathOf(path)).isEqualTo(path);
        assertThat(BannerStories.pathOf("https://news.example" + path)).isEqualTo(path);
        assertThat(BannerStories.pathOf("https://news.example" + path + "/?utm_source=x#top"))
                .isEqualTo(path);
    }

    @Test
    void whatIsNoStorysAddressGivesNoPath() {
        assertThat(BannerStories.pathOf("talks resume")).isNull();
        assertThat(BannerStories.pathOf("/")).isNull();
        assertThat(BannerStories.pathOf("/world")).isNull();
        assertThat(BannerStories.pathOf("https://news.example")).isNull();
    }
}
