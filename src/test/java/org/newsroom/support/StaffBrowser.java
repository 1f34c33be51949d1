package org.newsroom.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A staff member's browser over real HTTP: it keeps cookies, signs in through the login form and posts forms with the
 * CSRF token of the page, as a person would. For what {@code MockMvc} leaves out: the session, the login itself, and
 * the servlet container's decoding of what is posted.
 */
public final class StaffBrowser {

    private final String base;
    private final HttpClient client;

    public StaffBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Signs in; returns where the login sent the browser. */
    public HttpResponse<String> signIn(String email, String password) {
        return post("/admin/login", Map.of("username", email, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60))
                .GET());
    }

    /** Posts a form, with the CSRF token of a freshly loaded page, as the browser would send it (UTF-8, url-encoded). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Element token = Jsoup.parse(get("/admin/login").body()).selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new AssertionError("The login page has no CSRF token");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.attr("value"));
        String body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Uploads a file of {@code size} zero bytes as {@code multipart/form-data}, with the CSRF token of the page at
     * {@code tokenPage}: in the header, as the library's script sends it ({@code json}), or as a form field.
     */
    public HttpResponse<String> upload(
            String path, String field, String fileName, long size, String tokenPage, boolean json) {
        org.jsoup.nodes.Document page = Jsoup.parse(get(tokenPage).body());
        String boundary = "----newsroom" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        if (!json) {
            head.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(page.selectFirst("input[name=_csrf]").attr("value"))
                    .append("\r\n");
        }
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(field)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: image/jpeg\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", json ? "application/json" : "text/html")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                                new java.io.ByteArrayInputStream(start),
                                new Zeroes(size),
                                new java.io.ByteArrayInputStream(end))))));
        if (json) {
            request.header(
                    page.selectFirst("meta[name=_csrf_header]").attr("content"),
                    page.selectFirst("meta[name=_csrf]").attr("content"));
        }
        return send(request.timeout(Duration.ofSeconds(60)));
    }

    /** A stream of zero bytes, made as it is read. */
    private static final class Zeroes extends java.io.InputStream {
        private long left;

        Zeroes(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
