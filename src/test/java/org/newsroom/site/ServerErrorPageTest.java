package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestSupportConfiguration.FailingPage;
import org.springframework.beans.factory.annotation.Autowired;

/** A failure nobody expected: readers get a 500 page in the site's layout, and nothing of what went wrong. */
@IntegrationTest
class ServerErrorPageTest {

    @Autowired
    Browserless browser;

    @Test
    void anUnexpectedFailureGetsThe500PageInTheSiteLayoutWithNoInternals() {
        Browserless.Page page = browser.get(FailingPage.PATH);
        Document document = page.document();

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(document.select("header nav a")).isNotEmpty();
        assertThat(document.select("footer")).isNotEmpty();
        assertThat(document.select("a.skip-link, a[href=#main]")).isNotEmpty();
        assertThat(document.selectFirst("h1").text()).isEqualTo("Something went wrong on our side");
        assertThat(document.selectFirst("link[rel=stylesheet]").attr("href")).matches("/css/site-[0-9a-f]{32}\\.css");
        assertThat(page.body())
                .doesNotContain(FailingPage.SECRET)
                .doesNotContain("IllegalStateException")
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("FailingPage");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void aFailureIsNeverKeptInThePageCache() {
        browser.get(FailingPage.PATH);

        assertThat(browser.get(FailingPage.PATH).status()).isEqualTo(500);
        assertThat(browser.get(FailingPage.PATH).header("ETag")).isNull();
    }
}
