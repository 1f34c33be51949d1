package org.newsroom.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from the {@link PageCache}, and fills it. A page is stored with the headers it was sent with
 * (the security headers among them) and its ETag, so that a cached page is answered without the rest of the filter
 * chain, the template or the database. A hit says how old it is ({@code Age}, in seconds since it was rendered), so
 * that a CDN keeps it only for what is left of its {@code s-maxage}.
 *
 * <p>Nothing a reader sends bypasses the cache: {@code Cache-Control: no-cache} or {@code Pragma} (a reload, or anyone
 * wanting the site slow) is answered from it like any other request. The cache is emptied whenever something readers
 * see changes, so such a request would only ever get the same bytes at a much higher cost. The benchmark measures an
 * uncached render with the cache turned off ({@code newsroom.page-cache.enabled=false}).
 *
 * <p>Conditional requests are answered here, for cached and fresh pages alike: {@code If-None-Match} with the page's
 * ETag, or, when the request has none, {@code If-Modified-Since} against the page's own {@code Last-Modified}
 * ({@link PageLastModified}), get {@code 304}.
 *
 * <p>The content API's answers of published content are kept the same way ({@link CachedApi}), with their own
 * strong ETag, and dropped by the same surrogate keys.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Headers that belong to one response only. */
    private static final Set<String> NOT_STORED = Set.of(
            "set-cookie",
            "content-length",
            "date",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "etag",
            // The API's count of one client's requests, set afresh on every request before this filter runs.
            "ratelimit-limit",
            "ratelimit-remaining");

    /**
     * Every query parameter a reader page reads ({@code @RequestParam}s of the site's controllers, and of live
     * coverage's: a live story's {@code entry} permalink, its polling answer's {@code after}).
     */
    static final List<String> PAGE_PARAMETERS = List.of("after", "before", "entry", "id", "page", "q", "section");

    private final PageCache cache;
    private final EdgeHeaders edge;
    private final ConcurrentHashMap<String, CountDownLatch> inFlight = new ConcurrentHashMap<>();
    /** How long a request waits for another one's render of the same page before rendering it itself. */
    private final Duration renderWait;

    PageCacheFilter(PageCache cache, EdgeHeaders edge, Duration renderWait) {
        this.cache = cache;
        this.edge = edge;
        this.renderWait = renderWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicCaching.isPublicPage(request);
    }

    /** The news sitemap is a window of time that moves by itself, so it is always built afresh (it is cheap). */
    private static boolean kept(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && !request.getRequestURI().endsWith("/news-sitemap.xml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        PageCache.Page cached = cache.get(key);
        if (cached != null) {
            answer(request, response, cached);
            return;
        }
        if (!cache.enabled() || !kept(request)) {
            render(key, request, response, chain);
            return;
        }
        // One render per page at a time: when a popular page drops out of the cache, the requests that arrive while
        // it is being rendered wait for that render (tens of milliseconds, bounded by newsroom.page-cache.render-wait,
        // 5 s) instead of all hitting the database at once.
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch rendering = inFlight.putIfAbsent(key, mine);
        if (rendering != null) {
            if (await(rendering) && (cached = cache.get(key)) != null) {
                answer(request, response, cached);
            } else {
                render(key, request, response, chain);
            }
            return;
        }
        try {
            render(key, request, response, chain);
        } finally {
            inFlight.remove(key, mine);
            mine.countDown();
        }
    }

    /**
     * The page a request asks for: its method (HEAD shares GET's page), path and the query parameters reader pages read,
     * in a fixed order. Any other parameter changes nothing on the page, so it is left out: otherwise
     * {@code /world?x=<random>} would render afresh every time and push the pages readers want out of the cache, a
     * lever as good as the {@code Cache-Control: no-cache} that is no longer honoured.
     */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getMethod().equals("HEAD") ? "GET" : request.getMethod())
                .append(' ')
                .append(request.getRequestURI());
        if (CachedApi.covers(request)) {
            return CachedApi.key(key, request);
        }
        char separator = '?';
        for (String name : PAGE_PARAMETERS) {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                key.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return key.toString();
    }

    private boolean await(CountDownLatch rendering) {
        try {
            return rendering.await(renderWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long renderedSince = cache.generation();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        java.util.Set<String> keys = edge.name(request, capture);
        String type = capture.getContentType();
        if (capture.getStatus() == 200 && type != null && cacheable(request, type)) {
            byte[] body = capture.getContentAsByteArray();
            // The API's own strong ETag when it gave one (ApiWebConfiguration), else the pages' weak one.
            String etag = capture.getHeader("ETag");
            PageCache.Page page = new PageCache.Page(
                    body,
                    type,
                    etag == null ? etag(body) : etag,
                    headers(capture),
                    cache.now(),
                    CachedApi.covers(request) ? CachedApi.keptWith(keys) : keys);
            if (kept(request)) {
                cache.put(key, page, renderedSince);
            }
            capture.setHeader("ETag", page.etag());
            if (notModified(request, page)) {
                capture.resetBuffer();
                capture.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        capture.copyBodyToResponse();
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, PageCache.Page page)
            throws IOException {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.getFirst());
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setHeader("ETag", page.etag());
        response.setHeader("Age", Long.toString(Math.max(0, (cache.now() - page.renderedAt()) / 1000)));
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /**
     * RFC 9110's order: {@code If-None-Match} when the request has one (then {@code If-Modified-Since} is ignored), else
     * {@code If-Modified-Since}, true when the page has not changed since that time (to the second, the precision of an
     * HTTP date). An unreadable date is no condition.
     */
    private static boolean notModified(HttpServletRequest request, PageCache.Page page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, page.etag());
        }
        long since = date("If-Modified-Since", request.getHeader("If-Modified-Since"));
        if (since < 0) {
            return false;
        }
        String lastModified = page.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Last-Modified"))
                .map(header -> header.getValue().getFirst())
                .findFirst()
                .orElse(null);
        if (lastModified == null) {
            return false;
        }
        long modified = date("Last-Modified", lastModified);
        return modified >= 0 && modified / 1000 <= since / 1000;
    }

    private static long date(String name, String value) {
        if (value == null) {
            return -1;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.set(name, value);
        try {
            return headers.getFirstDate(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** RFC 9110's weak comparison, as {@code If-None-Match} asks: {@code W/"x"} and {@code "x"} are the same tag. */
    private static boolean matches(String ifNoneMatch, String etag) {
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** A weak ETag: the page compresses (Tomcat does not compress responses with a strong one) and stays the same. */
    private static String etag(byte[] body) {
        return "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static boolean cacheable(HttpServletRequest request, String type) {
        if (CachedApi.covers(request)) {
            return CachedApi.cacheable(type);
        }
        return type.startsWith("text/html")
                || type.startsWith("application/atom+xml")
                || type.startsWith("application/xml")
                || type.startsWith("text/plain");
    }
}
