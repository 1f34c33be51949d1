package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;

/** A published story whose body and headline carry attacks reaches the reader escaped and sanitized. */
@IntegrationTest
class SanitizedBodyTest {

    @Autowired
    Browserless browser;

    @Autowired
    TestStories stories;

    @Test
    void scriptsHandlersAndScriptUrlsNeverReachTheArticlePage() {
        Instant publishedAt = Instant.parse("2020-05-05T12:00:00Z");
        var story = stories.story("<script>alert('headline')</script> Headline with markup")
                .deck("Deck with <img src=x onerror=alert(1)>")
                .body("""
                        Harmless opening paragraph.

                        <script>alert('body')</script>

                        <img src="x" onerror="alert(1)">

                        [a link](javascript:alert(1)) and <a href="javascript:alert(2)">another</a>

                        <p onclick="alert(3)">Clickable</p>
                        """);
        story.publishedAt(publishedAt);
        var day = publishedAt.atZone(ZoneOffset.UTC).toLocalDate();

        Browserless.Page page = browser.get("/test-desk/%04d/%02d/%02d/%s"
                .formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), story.slug()));
        Document document = page.document();

        assertThat(page.status()).isEqualTo(200);
        assertThat(document.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(document.selectFirst("script[type=application/ld+json]").data())
                .doesNotContain("<")
                .contains("\\u003cscript\\u003e");
        assertThat(document.select("[onerror], [onclick]")).isEmpty();
        assertThat(document.select("a[href^=javascript]")).isEmpty();
        assertThat(page.body().replace("<script type=\"application/ld+json\">", ""))
                .doesNotContain("<script")
                .doesNotContain("javascript:");
        // Shown as text (in the site's typography), never as markup.
        assertThat(document.selectFirst("h1").text())
                .isEqualTo("<script>alert(‘headline’)</script> Headline with markup");
        assertThat(document.selectFirst(".article__body").text()).contains("Harmless opening paragraph.");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
