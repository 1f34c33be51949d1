package org.newsroom.distribution;

import org.newsroom.platform.CdnProperties;

/** The backend that {@code newsroom.cdn.backend} names, checked at start-up: a CDN without its settings stops it. */
final class CdnBackends {

    private CdnBackends() {}

    /** The configured CDN's purges, or {@code null} for none. */
    static CdnBackend of(CdnProperties cdn) {
        HttpPurges http = new HttpPurges(cdn.timeout());
        return switch (cdn.backend()) {
            case NONE -> null;
            case VARNISH -> new VarnishPurges(cdn.varnish().urls(), http);
            case FASTLY -> new FastlyPurges(cdn.fastly(), cdn.softPurge(), http);
            case CLOUDFLARE -> new CloudflarePurges(cdn.cloudflare(), http);
        };
    }
}
