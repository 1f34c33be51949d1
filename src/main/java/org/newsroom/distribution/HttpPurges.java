package org.newsroom.distribution;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the HTTP purge APIs share: one client, a timeout, and a refusal told apart from an answer. */
final class HttpPurges {

    private final HttpClient client;
    private final Duration timeout;

    HttpPurges(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    /** Sends the request; an answer other than 2xx is a failure, with the start of its body for the queue's record. */
    String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body().strip();
            throw new Refused(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                    + (body.isEmpty() ? "" : ": " + abbreviate(body)));
        }
        return response.body();
    }

    /**
     * The CDN answered, and refused this purge: another purge may still go through, unlike when the CDN cannot be
     * reached at all.
     */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    static List<List<String>> chunks(List<String> keys, int size) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += size) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + size)));
        }
        return chunks;
    }

    /** A JSON array of strings: keys are ASCII without quotes (ids and names, see SurrogateKeys), escaped anyway. */
    static String jsonArray(List<String> values) {
        return values.stream()
                .map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
