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
import org.newsroom.support.RecordingHttpServer;

/** The purges deploy/varnish/default.vcl takes, as a recording server in Varnish's place receives them. */
class VarnishPurgesTest {

    RecordingHttpServer first;
    RecordingHttpServer second;
    VarnishPurges varnish;

    @BeforeEach
    void start() throws IOException {
        first = RecordingHttpServer.start();
        second = RecordingHttpServer.start();
        varnish = new VarnishPurges(
                List.of(URI.create(first.url()), URI.create(second.url())), new HttpPurges(Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
    }

    @Test
    void keysArePurgedWithXkeyPurgeOnEveryVarnish() throws Exception {
        varnish.purge(List.of("a:12", "front"), false);

        for (var server : List.of(first, second)) {
            var request = server.received().getFirst();
            assertThat(request.method()).isEqualTo("PURGE");
            assertThat(request.path()).isEqualTo("/");
            assertThat(request.header("xkey-purge")).isEqualTo("a:12 front");
        }
    }

    @Test
    void manyKeysGoInRequestsVarnishTakes() throws Exception {
        varnish.purge(
                IntStream.rangeClosed(1, 2000)
                        .mapToObj(i -> "a:" + (10_000_000 + i))
                        .toList(),
                false);

        assertThat(first.received()).hasSize(10);
        assertThat(first.received())
                .allMatch(request -> request.header("xkey-purge").length() < 8 * 1024);
    }

    @Test
    void everythingIsABan() throws Exception {
        varnish.purge(List.of("*"), true);

        assertThat(first.received().getFirst().header("xkey-purge-all")).isEqualTo("1");
        assertThat(first.received().getFirst().header("xkey-purge")).isNull();
    }

    @Test
    void aVarnishThatRefusesFailsThePurge() {
        second.answer(403, "Forbidden");

        assertThatThrownBy(() -> varnish.purge(List.of("a:12"), false))
                .isInstanceOf(HttpPurges.Refused.class)
                .hasMessageContaining("403");
    }
}
