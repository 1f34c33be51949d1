package org.newsroom.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsroom.article.ContentVersion;
import org.newsroom.frontpage.Banner;
import org.newsroom.frontpage.BannerService;
import org.newsroom.platform.CdnProperties;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RequestPaths;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP caching of the reader site. Public pages are the same for everyone, so browsers keep them briefly and shared
 * caches (a CDN) longer, serving a stale copy while they revalidate; every public page has an {@code ETag} (a hash of
 * its bytes, given by {@link PageCacheFilter}) and a {@code Last-Modified}: the newest change of what the page shows
 * ({@link PageLastModified}), else of anything readers see. {@link PageCacheFilter} answers {@code If-None-Match} and
 * {@code If-Modified-Since} with {@code 304 Not Modified}. The admin area,
 * the login, the actuator and the probes ({@code /livez}, {@code /readyz}) are never stored anywhere.
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

    static final String PUBLIC = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";
    static final String NEVER = "no-store";

    @Bean
    FilterRegistrationBean<CacheHeaders> cacheHeaders(PageCache pages, BannerService banners) {
        var registration = new FilterRegistrationBean<>(new CacheHeaders(pages, banners));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Before the security filters (order -100): a cached page is answered with the headers it was first sent with,
     * security headers included, without running the chain again. It also gives every public page its ETag.
     */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache pages, NewsroomProperties properties, EdgeHeaders edge) {
        var registration = new FilterRegistrationBean<>(
                new PageCacheFilter(pages, edge, properties.pageCache().renderWait()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    EdgeHeaders edgeHeaders(PageCache pages, CdnProperties cdn, BannerService banners) {
        return new EdgeHeaders(cdn, () -> pages.banner(banners::current).isPresent());
    }

    /**
     * A public page that ends in an error names what its handler named so far (a story's 410 names the story) before
     * the error is sent: once it is, the response is committed and takes no more headers. Before every other resolver,
     * and it resolves nothing itself.
     */
    @Bean
    WebMvcConfigurer errorPageKeys(EdgeHeaders edge) {
        return new WebMvcConfigurer() {
            @Override
            public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
                resolvers.addFirst((request, response, handler, failure) -> {
                    if (isPublicPage(request)) {
                        edge.nameBeforeError(request, response);
                    }
                    return null;
                });
            }
        };
    }

    /** Each page's own {@code Last-Modified}, from the stories its model holds. */
    @Bean
    WebMvcConfigurer pageHeadersFromTheModel(ContentVersion versions, ListingChanges listings, PageCache pages) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PageLastModified(versions, listings, pages));
                registry.addInterceptor(new PageSurrogateKeys());
            }
        };
    }

    static boolean isPrivate(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return path.equals("/admin") || path.startsWith("/admin/") || RequestPaths.isProbe(path);
    }

    /**
     * A page a reader gets: GET or HEAD, outside the admin area, not a static file or an image (those have their own
     * rule: a content hash in the URL, cached for a year).
     */
    static boolean isPublicPage(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !isPrivate(request)
                && !RequestPaths.isStaticFile(path)
                && !path.startsWith("/media/")
                && !isLiveStream(path);
    }

    /** A live story's stream of updates: one reader's, open for long, never stored. */
    static boolean isLiveStream(String path) {
        return path.startsWith("/live/") && path.endsWith("/stream");
    }

    /**
     * {@link #PUBLIC}, shortened while a banner is shown so that no cache anywhere keeps the page past the banner's
     * expiry: a CDN serves a copy for {@code s-maxage} less its {@code Age}, then stale for
     * {@code stale-while-revalidate} more, so the two together stay within the time the banner has left; a browser's
     * {@code max-age} too.
     */
    static String publicCacheControl(Optional<Banner> banner, Instant now) {
        if (banner.isEmpty()) {
            return PUBLIC;
        }
        long left = Math.max(0, Duration.between(now, banner.get().expiresAt()).toSeconds());
        long shared = Math.min(300, left);
        long stale = Math.min(600, left - shared);
        return "public, max-age=" + Math.min(60, left) + ", s-maxage=" + shared
                + (stale > 0 ? ", stale-while-revalidate=" + stale : "");
    }

    static final class CacheHeaders extends OncePerRequestFilter {

        private final PageCache pages;
        private final BannerService banners;

        CacheHeaders(PageCache pages, BannerService banners) {
            this.pages = pages;
            this.banners = banners;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (isPrivate(request)) {
                response.setHeader("Cache-Control", NEVER);
            } else if (isPublicPage(request)) {
                response.setHeader(
                        "Cache-Control",
                        publicCacheControl(pages.banner(banners::current), Instant.ofEpochMilli(pages.now())));
                response.setDateHeader("Last-Modified", pages.lastChange().toEpochMilli());
            }
            chain.doFilter(request, response);
        }
    }
}
