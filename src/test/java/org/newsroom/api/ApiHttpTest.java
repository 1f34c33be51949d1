package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's HTTP: a strong ETag that a conditional request turns into 304, the pages' caching and surrogate keys, CORS
 * for any origin, and errors as {@code application/problem+json} that name the parameter at fault, never a 500.
 */
@IntegrationTest
class ApiHttpTest {

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    Environment environment;

    @Autowired
    TestStories stories;

    @Autowired
    JsonMapper json;

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path))
                .timeout(Duration.ofMinutes(1))
                .GET();
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

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void anArticleHasAStrongEtagAndA304WhenItMatches() {
        long id = stories.story("ETag story").publishedAt(stories.newest());
        HttpResponse<String> first = get("/api/v1/articles/" + id);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = header(first, "ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(header(get("/api/v1/articles/" + id), "ETag")).isEqualTo(etag);

        HttpResponse<String> again = get("/api/v1/articles/" + id, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/v1/articles/" + id, "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void answersAreCachedLikeThePagesAndNameTheirSurrogateKeys() {
        long id = stories.story("Cached story").publishedAt(stories.newest());
        HttpResponse<String> article = get("/api/v1/articles/" + id);
        assertThat(header(article, "Cache-Control")).contains("public").contains("s-maxage");
        assertThat(header(article, "Surrogate-Key")).contains("a:" + id);
        assertThat(header(article, "Content-Type")).startsWith("application/json");
        HttpResponse<String> list = get("/api/v1/articles?limit=5");
        assertThat(header(list, "Surrogate-Key")).contains("feeds");
        assertThat(header(list, "Cache-Control")).contains("public");
    }

    @Test
    void anyOriginMayReadTheApi() {
        HttpResponse<String> answer = get("/api/v1/sections", "Origin", "https://partner.example");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(header(answer, "Access-Control-Allow-Origin")).isEqualTo("*");

        HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + environment.getRequiredProperty("local.server.port") + "/api/v1/articles"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "GET")
                .build();
        try {
            HttpResponse<String> options = client.send(preflight, HttpResponse.BodyHandlers.ofString());
            assertThat(options.statusCode()).isEqualTo(200);
            assertThat(header(options, "Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(header(options, "Access-Control-Allow-Methods")).contains("GET");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badRequestsAreProblemsThatNameTheParameter() {
        assertProblem("/api/v1/articles?colour=red", 400, "colour");
        assertProblem("/api/v1/articles?limit=many", 400, "limit");
        assertProblem("/api/v1/articles?limit=0", 400, "limit");
        assertProblem("/api/v1/articles?limit=1000", 400, "limit");
        assertProblem("/api/v1/articles?updated_since=yesterday", 400, "updated_since");
        assertProblem("/api/v1/articles?cursor=abc", 400, "cursor");
        assertProblem("/api/v1/articles?cursor=999999999999", 400, "cursor");
        assertProblem("/api/v1/articles?limit=1&limit=2", 400, "limit");
        assertProblem("/api/v1/articles?format=xml", 400, "format");
        assertProblem("/api/v1/articles/not-a-number", 400, "id");
        assertProblem("/api/v1/articles/by-path", 400, "path");
        assertProblem("/api/v1/search", 400, "q");
        assertProblem("/api/v1/search?q=x&page=-1", 400, "page");
        assertProblem("/api/v1/articles/999999999999", 404, null);
        assertProblem("/api/v1/articles?tag=no-such-tag-anywhere", 404, null);
    }

    @Test
    void anUnknownApiPathIsAProblemNotTheSitesPage() {
        assertProblem("/api/v1/no-such-endpoint", 404, null);
        assertProblem("/api/v1/articles/1/no-such-thing", 404, null);
        assertProblem("/api/v1", 404, null);
        // Whatever the client accepts: an API path never answers HTML.
        HttpResponse<String> browser = get("/api/v1/no-such-endpoint", "Accept", "text/html");
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(header(browser, "Content-Type")).startsWith("application/problem+json");
        assertThat(json.readTree(browser.body()).get("detail").asString()).contains("/api/v1/no-such-endpoint");
        // Outside the API, the site's own 404 page still answers.
        HttpResponse<String> page = get("/no-such-page-" + System.nanoTime(), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
    }

    private void assertProblem(String path, int status, String parameter) {
        HttpResponse<String> answer = get(path, "Accept", "application/json");
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(status);
        assertThat(header(answer, "Content-Type")).as(path).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        if (parameter != null) {
            assertThat(problem.get("parameter").asString()).as(path).isEqualTo(parameter);
            assertThat(problem.get("detail").asString()).as(path).contains(parameter);
        }
    }
}
