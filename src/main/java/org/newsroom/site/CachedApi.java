package org.newsroom.site;

import jakarta.servlet.http.HttpServletRequest;
import org.newsroom.platform.RequestPaths;

/**
 * The content API's answers that the page cache keeps, as it keeps the pages: an API client asking for the latest
 * stories costs what a reader asking for the front page costs, and a change drops the answers that name it by the same
 * surrogate keys. The API's rate limit still counts every request, answered from the cache or not: its filter runs
 * before the cache's.
 */
final class CachedApi {

    static final String BASE = "/api/v1/";

    /**
     * The in-memory key of every kept API answer that names keys of its own (one that names none goes with every
     * change anyway): a change made on this instance drops them all as it commits ({@link PageCache#on}), so that its
     * API shows the change at once, as its pages of the story do; other instances drop theirs by the change's keys when
     * the database's notification arrives. Never sent in {@code Surrogate-Key}.
     */
    static final String KEY = "api";

    private CachedApi() {}

    /**
     * The answers of published content: stories, one or a list, and the sections, tags and authors. Not the change
     * feed ({@code /api/v1/changes}, read with a cursor that every change moves on), search, nor the API's description.
     */
    static boolean covers(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        if (!path.startsWith(BASE)) {
            return false;
        }
        String rest = path.substring(BASE.length());
        return rest.equals("articles")
                || rest.startsWith("articles/")
                || rest.equals("sections")
                || rest.equals("tags")
                || rest.equals("authors");
    }

    /**
     * An answer's key, after its method and path: the whole query (the API refuses an unknown parameter with a
     * {@code 400}, which is never kept, so unlike a page's key no parameter may be left out), whether ninjs is asked for
     * in {@code Accept} (an article answers either), and whether the request is a cross-origin one (the CORS headers
     * are sent only when it has an {@code Origin}).
     */
    static String key(StringBuilder methodAndPath, HttpServletRequest request) {
        String query = request.getQueryString();
        String accept = request.getHeader("Accept");
        return methodAndPath
                .append(query == null ? "" : "?" + query)
                .append(accept != null && accept.contains("ninjs") ? " ninjs" : "")
                .append(request.getHeader("Origin") != null ? " cors" : "")
                .toString();
    }

    /** The keys an answer is kept with: its surrogate keys and {@link #KEY}, unless it names none. */
    static java.util.Set<String> keptWith(java.util.Set<String> keys) {
        if (keys.isEmpty()) {
            return keys;
        }
        var kept = new java.util.HashSet<>(keys);
        kept.add(KEY);
        return kept;
    }

    static boolean cacheable(String contentType) {
        return contentType.startsWith("application/json") || contentType.startsWith("application/ninjs+json");
    }
}
