package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page links the site icon, and {@code /favicon.ico} answers it, cached. */
@IntegrationTest
class SiteIconTest {

    @Autowired
    Browserless browser;

    @LocalServerPort
    int port;

    @Test
    void everyPageReaderAndAdminLinksTheIconsAndTheyAnswer() {
        for (String path : List.of(
                "/",
                GenevaArticlePageTest.CANONICAL,
                "/world",
                "/tag/syria",
                "/author/staff-and-agencies",
                "/search?q=geneva",
                "/corrections",
                "/no-such-page",
                "/admin/login")) {
            Document page = browser.get(path).document();

            assertThat(page.select("link[rel=icon]").eachAttr("href"))
                    .as(path)
                    .contains("/favicon.ico")
                    .anyMatch(href -> href.matches("/images/icon-[0-9a-f]{32}\\.svg"));
            for (var link : page.select("link[rel=icon], link[rel=apple-touch-icon]")) {
                assertThat(browser.get(link.attr("href")).status())
                        .as(path + " " + link.attr("href"))
                        .isEqualTo(200);
            }
        }
        Browserless.Page svg = browser.get(browser.get("/")
                .document()
                .selectFirst("link[rel=icon][type=image/svg+xml]")
                .attr("href"));
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
    }

    @Test
    void theFaviconIsAnIconCachedForADayAndRevalidated() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/favicon.ico");

        HttpResponse<byte[]> icon =
                client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(icon.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public");
        byte[] body = icon.body();
        assertThat(body).startsWith(0, 0, 1, 0);
        assertThat(body[4]).as("images in the icon").isEqualTo((byte) 3);
        String etag = icon.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = client.send(
                HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }
}
