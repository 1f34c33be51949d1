package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestSupportConfiguration.FrontPageDuringStartup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * An instance is ready (the readiness probe, Boot's {@link ReadinessState}) only once Flyway and the first-run demo
 * seed have finished, and until then readers get a 503 that nothing may keep, neither the page cache nor a CDN.
 */
@IntegrationTest
class ReadyMeansReadyTest {

    @Autowired
    Browserless browser;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationAvailability availability;

    @Test
    void aReaderArrivingWhileTheDemoSeedIsStillToRunGetsA503ThatNothingKeeps() {
        var answer = FrontPageDuringStartup.answer;

        assertThat(FrontPageDuringStartup.readiness).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("Last-Modified")).isEmpty();
        assertThat(answer.body())
                .contains("class=\"masthead\"", "We are getting ready")
                .doesNotContain("No stories have been published yet");
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void pagesFollowTheReadinessStateAndACachedPageIsNotServedMeanwhile() {
        String article = "/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva";
        assertThat(browser.get(article).status()).isEqualTo(200);
        assertThat(browser.get(article).header("Age")).as("cached").isNotNull();
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

            for (String path : new String[] {"/", article, "/world", "/feed.atom", "/sitemap.xml"}) {
                Browserless.Page page = browser.get(path);
                assertThat(page.status()).as(path).isEqualTo(503);
                assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-store");
                assertThat(page.header("Retry-After")).as(path).isNotNull();
                assertThat(page.header("Age")).as(path).isNull();
            }
            assertThat(browser.get("/css/site.css").status()).isNotEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        Browserless.Page page = browser.get(article);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).contains("s-maxage");
    }
}
