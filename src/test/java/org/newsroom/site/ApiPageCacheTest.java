package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content API's answers of published content are kept in the page cache like the pages: a second request is
 * answered from it (with {@code Age}, the API's own strong ETag, and the rate limit still counting), the key tells
 * JSON from ninjs and a cross-origin request from a plain one, an unknown parameter is still refused, and a change of
 * what an answer shows drops it.
 */
@IntegrationTest
class ApiPageCacheTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    TestStories stories;

    @Autowired
    PageCache pages;

    @Autowired
    ContentChangeListener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    @Test
    void anAnswerIsKeptUntilWhatItShowsChanges() {
        String headline = "API cached " + UUID.randomUUID();
        long id = stories.story(headline).body("Original text.").publishedAt(stories.newest());
        settled();
        String path = "/api/v1/articles/" + id;
        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Original text.");
        assertThat(header(first, "Age")).as("just rendered").isNull();
        String etag = header(first, "ETag");
        assertThat(etag).startsWith("\"");

        behindTheCache(id, "Changed behind the cache.");
        long renders = pages.stores();
        HttpResponse<String> again = get(path);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(header(again, "Age")).as("from the page cache").isNotNull();
        assertThat(header(again, "ETag")).isEqualTo(etag);
        assertThat(header(again, "Content-Type")).startsWith("application/json");
        assertThat(Integer.parseInt(header(again, "RateLimit-Remaining")))
                .as("the rate limit counts an answer from the cache too")
                .isLessThan(Integer.parseInt(header(first, "RateLimit-Remaining")));
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(pages.stores()).as("no render").isEqualTo(renders);

        HttpResponse<String> ninjs = get(path, "Accept", "application/ninjs+json");
        assertThat(header(ninjs, "Content-Type")).startsWith("application/ninjs+json");
        assertThat(header(get(path), "Content-Type")).startsWith("application/json");
        HttpResponse<String> crossOrigin = get(path, "Origin", "https://partner.example");
        assertThat(header(crossOrigin, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(get(path + "?colour=red").statusCode()).isEqualTo(400);

        HttpResponse<String> list = get("/api/v1/articles?limit=3");
        assertThat(list.body()).contains(headline);
        assertThat(header(get("/api/v1/articles?limit=3"), "Age")).isNotNull();

        // A change that names the story drops the answers that show it, on every instance.
        notifyChannel(ContentChangeListener.KEYS + "a:" + id);
        assertThat(get(path).body()).contains("Changed behind the cache.");
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(1));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Waits until the notifications of every change committed so far have reached this instance (PageCacheTest). */
    private void settled() {
        notifyChannel("settled-" + UUID.randomUUID());
    }

    private void notifyChannel(String payload) {
        Notified.await(jdbc, listener, payload);
    }

    /** Changes a story's body without its triggers, as if behind the application's back: no cache hears of it. */
    private void behindTheCache(long id, String text) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update articles set body_html = :html where id = :id")
                    .param("html", "<p>" + text + "</p>")
                    .param("id", id)
                    .update();
        });
    }
}
