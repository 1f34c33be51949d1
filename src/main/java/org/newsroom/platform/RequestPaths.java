package org.newsroom.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The addresses that are not pages, which the web filters of several modules pass over or treat by their own rule:
 * the probes and Actuator, which must always answer now, and the static files, which carry a hash of their content.
 */
public final class RequestPaths {

    /** The folders of {@code classpath:/static/} served as {@code /css/…}, {@code /js/…}, {@code /images/…}. */
    public static final List<String> STATIC_FOLDERS = List.of("css", "js", "images");

    private RequestPaths() {}

    /** The request's path inside the application. */
    public static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Actuator and the load balancer's probes: they say the instance's state now, never a stored answer. */
    public static boolean isProbe(String path) {
        return path.startsWith("/actuator") || path.equals("/livez") || path.equals("/readyz");
    }

    /** A stylesheet, script or image of the application itself (not of the media library). */
    public static boolean isStaticFile(String path) {
        return STATIC_FOLDERS.stream().anyMatch(folder -> path.startsWith("/" + folder + "/"));
    }
}
