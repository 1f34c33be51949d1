package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RobotsTxtTest {

    @Autowired
    Browserless browser;

    @Test
    void crawlersMayReadAllButTheAdminAreaAndAreShownTheSitemaps() {
        Browserless.Page response = browser.get("/robots.txt", "text/plain");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualToIgnoringCase("text/plain;charset=UTF-8");
        assertThat(response.body().lines().toList())
                .containsExactly(
                        "User-agent: *",
                        "Disallow: /admin$",
                        "Disallow: /admin/",
                        "",
                        "Sitemap: http://localhost:8080/sitemap.xml",
                        "Sitemap: http://localhost:8080/news-sitemap.xml");
    }
}
