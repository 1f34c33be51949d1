package org.newsroom.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsroom.platform.RequestPaths;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the instance is ready, every page answers {@code 503} with {@code Retry-After} and {@code no-store}, in the
 * site's layout (the error page), instead of what a half-started instance would show.
 *
 * <p>Tomcat opens its port before the application runners run, and the first-run demo seed is one of them
 * ({@code DemoContentSeeder}): for the seconds it takes, the front page said "No stories have been published yet."
 * with {@code s-maxage=300}, which a CDN would have kept for five minutes. Spring Boot already reports the instance
 * ready ({@link ReadinessState#ACCEPTING_TRAFFIC}, the readiness probe) only once the runners have finished, and
 * Flyway has migrated before the port opens; this filter makes the pages follow the same state. It runs before the
 * page cache and the cache headers, so nothing answered meanwhile is stored, here or by a CDN. The probes, the
 * actuator and static files are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class NotReadyFilter extends OncePerRequestFilter {

    /** Seconds a client is asked to wait: a first start's seed takes a few. */
    static final String RETRY_AFTER = "5";

    private final ApplicationAvailability availability;

    NotReadyFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return RequestPaths.isProbe(path)
                || RequestPaths.isStaticFile(path)
                || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", RETRY_AFTER);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
