package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A URL with a trailing slash answers 301 to the URL without it, and never leads off the site. */
@IntegrationTest
class TrailingSlashTest {

    static final String CANONICAL = GenevaArticlePageTest.CANONICAL;

    @Autowired
    Browserless browser;

    @ParameterizedTest
    @CsvSource({
        "/world/, /world",
        "/middle-east/, /middle-east",
        CANONICAL + "/, " + CANONICAL,
        "/tag/syria/, /tag/syria",
        "/author/staff-and-agencies/, /author/staff-and-agencies",
        "/corrections/, /corrections",
        "/world/?before=5&utm_source=x%20y, /world?before=5&utm_source=x%20y",
        "/search/?q=geneva, /search?q=geneva"
    })
    void aTrailingSlashRedirectsPermanentlyToThePageWithoutItKeepingTheQuery(String path, String location) {
        Browserless.Page page = browser.get(path);

        assertThat(page.status()).as(path).isEqualTo(301);
        assertThat(page.header("Location")).as(path).isEqualTo(location);
        Browserless.Page target = browser.get(location);
        assertThat(target.status()).as(location).isEqualTo(200);
    }

    @Test
    void theFrontPageKeepsItsSlash() {
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.com/", "///evil.com/", "//evil.com//", "//evil.com/world/"})
    void aPathThatWouldLeadOffTheSiteIsNeverRedirected(String path) {
        Browserless.Page page = browser.get(path);

        String location = page.header("Location");
        assertThat(location == null || (location.startsWith("/") && !location.startsWith("//")))
                .as(path + " → " + page.status() + " " + location)
                .isTrue();
        assertThat(page.status()).as(path).isNotIn(301, 302, 303, 307, 308);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\\evil.com/", "/%2F%2Fevil.com/", "/%5Cevil.com/"})
    void anEncodedOrBackslashedPathThatWouldLeadOffTheSiteIsNeverRedirected(String path) {
        Browserless.RawResponse response = browser.getRaw(path);

        assertThat(response.status()).as(path).isNotIn(301, 302, 303, 307, 308);
    }
}
