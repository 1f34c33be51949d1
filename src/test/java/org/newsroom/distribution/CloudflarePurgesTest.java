package org.newsroom.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.CdnProperties;
import org.newsroom.support.RecordingHttpServer;

/** Cloudflare's purge API as a real one would receive it, from a local server in its place. */
class CloudflarePurgesTest {

    static final String OK = "{\"success\": true, \"errors\": [], \"messages\": [], \"result\": {\"id\": \"x\"}}";

    RecordingHttpServer api;
    CloudflarePurges cloudflare;

    @BeforeEach
    void start() throws IOException {
        api = RecordingHttpServer.start();
        api.answer(200, OK);
        cloudflare = new CloudflarePurges(
                new CdnProperties.Cloudflare(
                        URI.create(api.url() + "/client/v4"), "023e105f4ecef8ad9ca31a8372d0c353", "cf-token-1", 30),
                new HttpPurges(Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void keysArePurgedAsCacheTagsWithABearerToken() throws Exception {
        cloudflare.purge(List.of("a:12", "front"), false);

        var request = api.received().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache");
        assertThat(request.header("Authorization")).isEqualTo("Bearer cf-token-1");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("{\"tags\":[\"a:12\",\"front\"]}");
    }

    @Test
    void everythingIsPurgeEverything() throws Exception {
        cloudflare.purge(List.of("*"), true);

        assertThat(api.received().getFirst().body()).isEqualTo("{\"purge_everything\":true}");
    }

    @Test
    void tagsGoThirtyARequest() throws Exception {
        cloudflare.purge(IntStream.rangeClosed(1, 61).mapToObj(i -> "a:" + i).toList(), false);

        assertThat(api.received()).hasSize(3);
        assertThat(api.received().get(2).body()).isEqualTo("{\"tags\":[\"a:61\"]}");
    }

    @Test
    void anAnswerThatDoesNotSaySuccessIsAFailure() {
        api.answer(200, "{\"success\": false, \"errors\": [{\"code\": 1134, \"message\": \"Purge rate limited\"}]}");

        assertThatThrownBy(() -> cloudflare.purge(List.of("a:12"), false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("rate limited");
    }

    @Test
    void aRefusalIsAFailure() {
        api.answer(403, "{\"success\": false, \"errors\": [{\"code\": 10000, \"message\": \"Authentication error\"}]}");

        assertThatThrownBy(() -> cloudflare.purge(List.of("a:12"), false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("403");
    }
}
