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

/** Fastly's purge API as a real one would receive it, from a local server in its place. */
class FastlyPurgesTest {

    RecordingHttpServer api;
    FastlyPurges fastly;

    @BeforeEach
    void start() throws IOException {
        api = RecordingHttpServer.start();
        api.answer(200, "{\"status\":\"ok\"}");
        fastly = new FastlyPurges(
                new CdnProperties.Fastly(URI.create(api.url()), "SU1Z0isxPaozGVKXdv0eY", "fastly-token-1"),
                true,
                new HttpPurges(Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void anUpdateIsASoftPurgeOfItsKeysWithTheTokenInFastlyKey() throws Exception {
        fastly.purge(List.of("a:12", "front", "s:3"), false);

        var request = api.received().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/service/SU1Z0isxPaozGVKXdv0eY/purge");
        assertThat(request.header("Fastly-Key")).isEqualTo("fastly-token-1");
        assertThat(request.header("Fastly-Soft-Purge")).isEqualTo("1");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.body()).isEqualTo("{\"surrogate_keys\":[\"a:12\",\"front\",\"s:3\"]}");
    }

    @Test
    void anUnpublicationIsAHardPurge() throws Exception {
        fastly.purge(List.of("a:12"), true);

        var request = api.received().getFirst();
        assertThat(request.header("Fastly-Soft-Purge")).isNull();
        assertThat(request.body()).isEqualTo("{\"surrogate_keys\":[\"a:12\"]}");
    }

    @Test
    void everythingIsPurgeAll() throws Exception {
        fastly.purge(List.of("*"), false);

        var request = api.received().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/service/SU1Z0isxPaozGVKXdv0eY/purge_all");
        assertThat(request.header("Fastly-Key")).isEqualTo("fastly-token-1");
    }

    @Test
    void moreThan256KeysGoInSeveralRequests() throws Exception {
        List<String> keys =
                IntStream.rangeClosed(1, 300).mapToObj(i -> "a:" + i).toList();

        fastly.purge(keys, false);

        assertThat(api.received()).hasSize(2);
        assertThat(api.received().get(1).body()).startsWith("{\"surrogate_keys\":[\"a:257\",");
    }

    @Test
    void aRefusalIsAFailureToTryAgain() {
        api.answer(401, "{\"msg\":\"Provided credentials are missing or invalid\"}");

        assertThatThrownBy(() -> fastly.purge(List.of("a:12"), false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("401")
                .hasMessageContaining("credentials");
    }

    @Test
    void aFastlyBackendWithoutItsServiceOrTokenStopsTheStart() {
        assertThatThrownBy(() -> new FastlyPurges(
                        new CdnProperties.Fastly(URI.create(api.url()), "svc", " "),
                        true,
                        new HttpPurges(Duration.ofSeconds(1))))
                .hasMessageContaining("newsroom.cdn.fastly.token");
    }
}
