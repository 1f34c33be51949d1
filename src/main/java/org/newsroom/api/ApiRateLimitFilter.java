package org.newsroom.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every API request counts against a limit: its key's, when it presents one ({@code X-API-Key} header, or the
 * {@code api_key} parameter), else its address's. Past the limit: {@code 429} with {@code Retry-After}, as
 * {@code application/problem+json}. An unknown or revoked key is {@code 401}, rather than quietly treated as none, so
 * that a partner notices.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final ApiRateLimits limits;
    private final ApiProperties properties;

    ApiRateLimitFilter(ApiKeys keys, ApiRateLimits limits, ApiProperties properties) {
        this.keys = keys;
        this.limits = limits;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HEADER);
        if (token == null) {
            token = request.getParameter("api_key");
        }
        ApiRateLimits.Decision decision;
        if (token != null) {
            Optional<ApiKeys.ActiveKey> key = keys.find(token.strip());
            if (key.isEmpty()) {
                problem(response, 401, "Unauthorized", "This API key is unknown or has been revoked");
                return;
            }
            keys.recordUse(key.get().id());
            decision = limits.hit(
                    "key:" + key.get().id(), properties.limitOf(key.get().scope()));
        } else {
            decision = limits.hit("address:" + request.getRemoteAddr(), properties.anonymousLimit());
        }
        response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
            problem(
                    response,
                    429,
                    "Too Many Requests",
                    "Rate limit of " + decision.limit() + " requests per "
                            + properties.window().toSeconds() + " s reached; retry after "
                            + decision.retryAfterSeconds() + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
