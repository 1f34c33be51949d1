package org.newsroom.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.newsroom.platform.CdnProperties;

/**
 * Fastly's purge API: {@code POST /service/{id}/purge} with the keys as JSON ({@code surrogate_keys}, at most 256 a
 * request) and the token in {@code Fastly-Key}; a soft purge (the old copy marked stale and served while the new one
 * is fetched) adds {@code Fastly-Soft-Purge: 1}. Everything is {@code POST /service/{id}/purge_all}, which is always
 * hard.
 */
final class FastlyPurges implements CdnBackend {

    static final int KEYS_PER_REQUEST = 256;

    private final URI service;
    private final String token;
    private final boolean soft;
    private final HttpPurges http;

    FastlyPurges(CdnProperties.Fastly fastly, boolean soft, HttpPurges http) {
        if (isBlank(fastly.serviceId()) || isBlank(fastly.token())) {
            throw new IllegalStateException(
                    "newsroom.cdn.backend is fastly: set newsroom.cdn.fastly.service-id and newsroom.cdn.fastly.token");
        }
        String base = fastly.apiUrl().toString().replaceAll("/+$", "");
        this.service = URI.create(base + "/service/" + fastly.serviceId().strip() + "/");
        this.token = fastly.token().strip();
        this.soft = soft;
        this.http = http;
    }

    @Override
    public String name() {
        return "Fastly";
    }

    @Override
    public void purge(List<String> keys, boolean hard) throws IOException, InterruptedException {
        if (keys.contains("*")) {
            http.send(authorized(service.resolve("purge_all"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
            return;
        }
        for (List<String> chunk : HttpPurges.chunks(keys, KEYS_PER_REQUEST)) {
            HttpRequest.Builder request = authorized(service.resolve("purge"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"surrogate_keys\":" + HttpPurges.jsonArray(chunk) + "}"));
            if (soft && !hard) {
                request.header("Fastly-Soft-Purge", "1");
            }
            http.send(request.build());
        }
    }

    private HttpRequest.Builder authorized(URI uri) {
        return http.request(uri).header("Fastly-Key", token).header("Accept", "application/json");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
