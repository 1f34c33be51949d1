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

    @Override
    public void purge(List<String> keys, boolean hard) throws IOException, InterruptedException {
        for (URI varnish : varnishes) {
            HttpRequest.Builder request =
                    http.request(varnish.resolve("/")).method("PURGE", HttpRequest.BodyPublishers.noBody());
            if (keys.contains("*")) {
                request.header("xkey-purge-all", "1");
            } else {
                request.header("xkey-purge", String.join(" ", keys));
            }
            http.send(request.build());
        }
    }
}
