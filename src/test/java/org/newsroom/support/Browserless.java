package org.newsroom.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Requests pages from the running application as a reader's browser would (HTML accepted, redirects not followed),
 * and parses them.
 */
@TestComponent
public class Browserless {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Environment environment;

    Browserless(Environment environment) {
        this.environment = environment;
    }

    public Page get(String path) {
        return get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /** As {@link #get(String)}, with the given {@code Accept} header. */
    public Page get(String path, String accept) {
        String port = environment.getRequiredProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .timeout(Duration.ofMinutes(1))
                .GET()
                .build();
        try {
            return new Page(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends the request line exactly as given, for URLs that {@link java.net.URI} refuses to build (malformed
     * escapes); returns the status code and the body.
     */
    public RawResponse getRaw(String rawPath) {
        String port = environment.getRequiredProperty("local.server.port");
        try (var socket = new java.net.Socket("localhost", Integer.parseInt(port))) {
            socket.setSoTimeout(60_000);
            String request = "GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response =
                    new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            return new RawResponse(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record RawResponse(int status, String body) {}

    public record Page(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public Document document() {
            return Jsoup.parse(response.body());
        }
    }
}
