package org.newsroom.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.newsroom.platform.CdnProperties;

/**
 * Cloudflare's purge API: {@code POST /zones/{zone}/purge_cache} with {@code {"tags": [...]}} (the pages' {@code
 * Cache-Tag}s, at most {@code tags-per-request} a request) or {@code {"purge_everything": true}}, and the token as
 * {@code Authorization: Bearer}. Cloudflare has no soft purge: every purge is hard. An answer counts only when it says
 * {@code "success": true}.
 */
final class CloudflarePurges implements CdnBackend {

    private static final Pattern SUCCESS = Pattern.compile("\"success\"\\s*:\\s*true");

    private final URI purgeCache;
    private final String token;
    private final int tagsPerRequest;
    private final HttpPurges http;

    CloudflarePurges(CdnProperties.Cloudflare cloudflare, HttpPurges http) {
        if (cloudflare.zoneId() == null
                || cloudflare.zoneId().isBlank()
                || cloudflare.token() == null
                || cloudflare.token().isBlank()) {
            throw new IllegalStateException(
                    "newsroom.cdn.backend is cloudflare: set newsroom.cdn.cloudflare.zone-id and"
                            + " newsroom.cdn.cloudflare.token");
        }
        String base = cloudflare.apiUrl().toString().replaceAll("/+$", "");
        this.purgeCache = URI.create(base + "/zones/" + cloudflare.zoneId().strip() + "/purge_cache");
        this.token = cloudflare.token().strip();
        this.tagsPerRequest = cloudflare.tagsPerRequest();
        this.http = http;
    }

    @Override
    public String name() {
        return "Cloudflare";
    }

    @Override
    public void purge(List<String> keys, boolean hard) throws IOException, InterruptedException {
        if (keys.contains("*")) {
            send("{\"purge_everything\":true}");
            return;
        }
        for (List<String> chunk : HttpPurges.chunks(keys, tagsPerRequest)) {
            send("{\"tags\":" + HttpPurges.jsonArray(chunk) + "}");
        }
    }

    private void send(String body) throws IOException, InterruptedException {
        String answer = http.send(http.request(purgeCache)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (answer == null || !SUCCESS.matcher(answer).find()) {
            throw new IOException("Cloudflare did not confirm the purge: " + answer);
        }
    }
}
