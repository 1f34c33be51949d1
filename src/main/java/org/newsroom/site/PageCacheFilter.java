package org.newsroom.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from the {@link PageCache}, and fills it. It runs after the security filters, so that a cached
 * page carries the same security headers as a fresh one. A request with {@code Cache-Control: no-cache} (a reload,
 * or the benchmark of an uncached render) is rendered afresh.
 */
class PageCacheFilter extends OncePerRequestFilter {

    private final PageCache cache;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    /** The news sitemap is a window of time that moves by itself, so it is always built afresh (it is cheap). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.enabled()
                || !PublicCaching.isPublicPage(request)
                || request.getRequestURI().endsWith("/news-sitemap.xml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String cacheControl = request.getHeader("Cache-Control");
        boolean bypass = cacheControl != null && cacheControl.contains("no-cache");
        PageCache.Page cached = bypass ? null : cache.get(key);
        if (cached != null) {
            response.setContentType(cached.contentType());
            response.setContentLength(cached.body().length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(cached.body());
            }
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        String type = capture.getContentType();
        if (capture.getStatus() == 200 && type != null && cacheable(type) && "GET".equals(request.getMethod())) {
            cache.put(key, new PageCache.Page(capture.getContentAsByteArray(), type));
        }
        capture.copyBodyToResponse();
    }

    private static boolean cacheable(String type) {
        return type.startsWith("text/html")
                || type.startsWith("application/atom+xml")
                || type.startsWith("application/xml")
                || type.startsWith("text/plain");
    }
}
