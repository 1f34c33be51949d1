package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Bodies hold their images' addresses, so a run of rendering them again belongs to the media's public base URL too:
 * setting or changing it renders them again once; without one the run keeps the name it always had.
 */
class StoredBodiesRunTest {

    @Test
    void eachPublicBaseUrlHasARunOfItsOwnAndNoneKeepsTheOldName() {
        String cdn = StoredBodies.runName("https://img.news.example");

        assertThat(StoredBodies.runName(null)).isEqualTo(StoredBodies.RUN_NAME);
        assertThat(cdn).startsWith(StoredBodies.RUN_PREFIX).isNotEqualTo(StoredBodies.RUN_NAME);
        assertThat(StoredBodies.runName("https://other-cdn.example")).isNotEqualTo(cdn);
        assertThat(StoredBodies.runName("https://img.news.example")).isEqualTo(cdn);
    }
}
