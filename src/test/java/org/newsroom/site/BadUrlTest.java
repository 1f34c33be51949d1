package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BadUrlTest {

    static final String CANONICAL = GenevaArticlePageTest.CANONICAL;

    @Autowired
    Browserless browser;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/world/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva",
                "/sport/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva",
                "/middle-east/2014/02/11/syrian-rivals-resume-peace-talks-in-geneva",
                "/middle-east/2013/12/31/syrian-rivals-resume-peace-talks-in-geneva",
                "/no-such-section/2020/01/01/syrian-rivals-resume-peace-talks-in-geneva"
            })
    void aWrongSectionOrDateForAKnownSlugRedirectsPermanentlyToTheCanonicalUrl(String path) {
        Browserless.Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location")).endsWith(CANONICAL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/world/2014/13/45/x",
                "/world/2014/02/30/syrian-rivals-resume-peace-talks-in-geneva",
                "/world/2014/00/10/syrian-rivals-resume-peace-talks-in-geneva",
                "/middle-east/2014/02/10/no-such-story",
                "/middle-east/2014/02/10/Not_A_Slug",
                "/no/such/page",
                "/nothing-here",
                "/middle-east/2014/2/10/syrian-rivals-resume-peace-talks-in-geneva",
                "/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva/extra"
            })
    void unknownStoriesImpossibleDatesAndUnknownPathsAnswerTheSites404Page(String path) {
        Browserless.Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("We can’t find that page");
        assertThat(page.document().title()).isEqualTo("Page not found | Newsroom");
        assertThat(page.document().selectFirst(".masthead__name").text()).isEqualTo("Newsroom");
        // The error page links the stylesheet by its hashed URL too: the plain one is kept for a year.
        assertThat(page.document().selectFirst("link[rel=stylesheet]").attr("href"))
                .matches("/css/site-[0-9a-f]{32}\\.css");
        assertNoInternals(page.body());
    }

    @Test
    void aMalformedUrlAnswers400WithoutInternals() {
        Browserless.RawResponse page = browser.getRaw("/middle-east/2014/02/10/%ZZ");

        assertThat(page.status()).isEqualTo(400);
        assertNoInternals(page.body());
    }

    @Test
    void aClientThatAcceptsAnythingStillGetsTheHtmlErrorPage() {
        Browserless.Page page = browser.get("/definitely/not/here", "*/*");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("We can’t find that page");
    }

    private static void assertNoInternals(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("Whitelabel")
                .doesNotContain("\"trace\"");
    }
}
