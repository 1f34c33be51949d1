package org.newsroom.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

/**
 * Varnish with the xkey module, as {@code deploy/varnish/default.vcl} sets it up: {@code PURGE /} with the keys in
 * {@code xkey-purge} (hard) or {@code xkey-softpurge}, and {@code *} as a ban of everything. Every configured Varnish
 * is told; a purge counts as sent once all of them took it (one that did not is told again, with the others, which
 * costs them nothing).
 *
 * <p>Updates are purged hard here too, whatever {@code soft-purge} says: xkey's soft purge serves the old copy once more
 * while it fetches the new, and an update should show at once.
 */
final class VarnishPurges implements CdnBackend {

    static final int KEYS_PER_REQUEST = 200;

    private final List<URI> varnishes;
    private final HttpPurges http;

    VarnishPurges(List<URI> varnishes, HttpPurges http) {
        if (varnishes.isEmpty()) {
            throw new IllegalStateException("newsroom.cdn.backend is varnish, but newsroom.cdn.varnish.urls is empty");
        }
        this.varnishes = List.copyOf(varnishes);
        this.http = http;
    }

    @Override
    public String name() {
        return "Varnish";
    }

    private HttpRequest.Builder purge(URI varnish) {
        return http.request(varnish.resolve("/")).method("PURGE", HttpRequest.BodyPublishers.noBody());
    }

    @Override
    public void purge(List<String> keys, boolean hard) throws IOException, InterruptedException {
        for (URI varnish : varnishes) {
            if (keys.contains("*")) {
                http.send(purge(varnish).header("xkey-purge-all", "1").build());
                continue;
            }
            // Varnish refuses a request header longer than 8 KB (http_req_hdr_len): a few hundred keys a request.
            for (List<String> chunk : HttpPurges.chunks(keys, KEYS_PER_REQUEST)) {
                http.send(purge(varnish)
                        .header("xkey-purge", String.join(" ", chunk))
                        .build());
            }
        }
    }
}
