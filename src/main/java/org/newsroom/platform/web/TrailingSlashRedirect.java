package org.newsroom.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /world/} answers {@code 301} to {@code /world}, keeping the query string, so that a link written with a
 * trailing slash reaches the page and search engines see one URL per page. Only for reading (GET and HEAD); the root
 * stays {@code /}.
 *
 * <p>Spring's {@code UrlHandlerFilter} does the same, but trims only one slash and writes whatever precedes it into
 * {@code Location}: {@code //evil.com/} would become {@code //evil.com}, a link off the site. Here the target is always
 * a path of this site: a path that would begin with {@code //} or {@code /\} is not redirected at all (Spring
 * Security's firewall refuses it anyway). It runs after the security filters, as every page does.
 */
@Component
class TrailingSlashRedirect extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String uri = request.getRequestURI();
        return !("GET".equals(method) || "HEAD".equals(method)) || uri.length() <= 1 || !uri.endsWith("/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        int end = uri.length();
        while (end > 0 && uri.charAt(end - 1) == '/') {
            end--;
        }
        String path = uri.substring(0, end);
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.LOCATION, query == null || query.isEmpty() ? path : path + "?" + query);
    }
}
