package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HttpCachingTest {

    @Autowired
    Browserless browser;

    @Autowired
    PageCache pages;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void publicPagesAreCacheableWithValidatorsAndAnswerConditionalRequestsWith304() throws Exception {
        for (String path :
                new String[] {"/", GenevaArticlePageTest.CANONICAL, "/world", "/tag/syria", "/corrections"}) {
            HttpResponse<String> page = get(path, null);
            String etag = page.headers().firstValue("ETag").orElseThrow();

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control").orElseThrow())
                    .as(path)
                    .contains("public", "max-age=60", "s-maxage=300", "stale-while-revalidate");
            assertThat(page.headers().firstValue("Last-Modified")).as(path).isPresent();
            assertThat(get(path, etag).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void readerPagesNeverSetACookieAndPostsStillNeedTheCsrfToken() throws Exception {
        for (String path : new String[] {"/", GenevaArticlePageTest.CANONICAL, "/search?q=geneva", "/no-such-page"}) {
            pages.invalidateAll(); // a render, not a copy from the cache
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
        }
        HttpResponse<String> post = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q=geneva"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin").status()).isEqualTo(302);
        assertThat(browser.get("/admin").header("Location")).endsWith("/admin/login");
    }

    @Test
    void adminPagesAreNeverStored() {
        assertThat(browser.get("/admin/login").header("Cache-Control")).isEqualTo("no-store");
        assertThat(browser.get("/admin").header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void staticFilesHaveAContentHashInTheirUrlAndAreKeptForAYear() throws Exception {
        String css =
                browser.get("/").document().selectFirst("link[rel=stylesheet]").attr("href");

        HttpResponse<String> file = get(css, null);

        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable");
    }

    @Test
    void pagesAreCompressed() throws Exception {
        HttpResponse<byte[]> page = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersCachedOrNot() {
        browser.get("/");
        Browserless.Page page = browser.get("/");

        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
