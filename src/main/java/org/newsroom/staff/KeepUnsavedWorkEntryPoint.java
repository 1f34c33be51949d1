package org.newsroom.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends anyone who is not signed in to the login page. When what they sent was a form to the admin area (their
 * session expired while they were writing), the form is kept in the session first, so that nothing they typed is
 * lost: after signing in they return to the page they came from, which shows it again.
 */
class KeepUnsavedWorkEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/admin/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isNavigation(request) || !path.startsWith("/admin")) {
            // A script's request (autosave, heartbeat), or anything outside the admin area (the actuator): there is no
            // login page to follow, so it is told plainly.
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if ("POST".equals(request.getMethod()) && path.startsWith("/admin/") && !path.startsWith("/admin/log")) {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals("_csrf")) {
                    parameters.put(name, Arrays.asList(values));
                }
            });
            request.getSession(true)
                    .setAttribute(
                            PendingSubmission.SESSION_ATTRIBUTE,
                            new PendingSubmission(path, parameters, returnTo(request)));
            response.sendRedirect(request.getContextPath() + "/admin/login?expired");
            return;
        }
        login.commence(request, response, e);
    }

    /**
     * Did a person's browser load a page (a link, a form)? Browsers say so with {@code Sec-Fetch-Mode: navigate}; where
     * that header is missing, a request that accepts HTML counts as one.
     */
    private static boolean isNavigation(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return mode.equals("navigate");
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.equals("*/*");
    }

    /** The admin page the form was on, from the Referer; only ever a path inside the admin area. */
    private static String returnTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith(request.getContextPath() + "/admin")) {
                    String relative = path.substring(request.getContextPath().length());
                    if (!relative.startsWith("/admin/login") && !relative.contains("//")) {
                        return relative;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed Referer: fall back to the story list
            }
        }
        return "/admin";
    }
}
