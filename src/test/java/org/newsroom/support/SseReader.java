package org.newsroom.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A reader of a Server-Sent Events stream, as a browser's {@code EventSource} reads it: each event (its id, name and
 * data) is queued as it arrives, for a test to wait on.
 */
public final class SseReader implements AutoCloseable {

    /** One event of the stream. */
    public record Event(String id, String name, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;
    private final Thread reader;

    private SseReader(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream at this URL, with a {@code Last-Event-ID} unless it is {@code null}. */
    public static SseReader open(String url, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(1))
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        return new SseReader(response);
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next event that matches, waiting a generous minute for it; events before it are dropped. */
    public Event next(Predicate<Event> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("No such event on the stream within a minute");
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, name == null ? "message" : name, data.toString()));
                    }
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // closing anyway
        }
        reader.interrupt();
    }
}
