package org.newsroom.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.newsroom.platform.CdnProperties;
import org.newsroom.platform.SurrogateKeys;

/**
 * What a public page tells the caches in front of it, once it is rendered: its surrogate keys, in {@code Surrogate-Key}
 * (Fastly, and Varnish with xkey; space-separated) and, with Cloudflare, the same list in {@code Cache-Tag}
 * (comma-separated). With a purging CDN, a page that names what it shows may stay at the edge for
 * {@code newsroom.cdn.edge-max-age}, since a change purges it; a page that names nothing, or an error, keeps the short
 * times of {@link PublicCaching#PUBLIC}. So does every page while a breaking-news banner is shown: its expiry purges
 * nothing, so the times {@link PublicCaching#publicCacheControl} gave it, which end by the expiry, stay. Browsers keep
 * every page for a minute only: nobody can purge them.
 */
class EdgeHeaders {

    static final String SURROGATE_KEY = "Surrogate-Key";
    static final String CACHE_TAG = "Cache-Tag";

    private final CdnProperties cdn;
    private final BooleanSupplier bannerShown;
    private final String purged;

    EdgeHeaders(CdnProperties cdn, BooleanSupplier bannerShown) {
        this.cdn = cdn;
        this.bannerShown = bannerShown;
        this.purged = "public, max-age=60, s-maxage=" + cdn.edgeMaxAge().toSeconds() + ", stale-while-revalidate=600";
    }

    /** Sets the page's headers, before its body is sent, and answers its keys. */
    Set<String> name(HttpServletRequest request, HttpServletResponse response) {
        Set<String> keys = new LinkedHashSet<>(PageSurrogateKeys.routeKeys(request));
        keys.addAll(SurrogateKeys.of(request));
        if (keys.isEmpty() || response.isCommitted()) {
            return keys;
        }
        setKeys(response, keys);
        if (cdn.purging() && response.getStatus() == 200 && !bannerShown.getAsBoolean()) {
            response.setHeader("Cache-Control", purged);
        }
        return keys;
    }

    /**
     * Names the keys of a public page that ends in an error (a story's 410) while the response can still take headers:
     * the error is sent next, which commits the response, so {@link #name} afterwards is too late. Only the keys: an
     * error keeps the short times of {@link PublicCaching#PUBLIC}, the purge just ends them sooner.
     */
    void nameBeforeError(HttpServletRequest request, HttpServletResponse response) {
        Set<String> keys = SurrogateKeys.of(request);
        if (!keys.isEmpty() && !response.isCommitted()) {
            setKeys(response, keys);
        }
    }

    private void setKeys(HttpServletResponse response, Set<String> keys) {
        response.setHeader(SURROGATE_KEY, String.join(" ", keys));
        if (cdn.backend() == CdnProperties.Backend.CLOUDFLARE) {
            response.setHeader(CACHE_TAG, String.join(",", keys));
        }
    }
}
