package org.newsroom.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A local HTTP server standing in for a CDN's API: it records every request (method, path, headers, body) and answers
 * with the status and body it is given, so that a test checks what a real API would receive.
 */
public final class RecordingHttpServer implements AutoCloseable {

    /** A request as it arrived; header names in lower case. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile int status = 200;
    private volatile String answer = "{}";
    private HttpServer server;

    private RecordingHttpServer(int port) {
        this.port = port;
    }

    /** Starts on a free port. */
    public static RecordingHttpServer start() throws IOException {
        RecordingHttpServer stub = new RecordingHttpServer(0);
        stub.listen(0);
        return stub;
    }

    /** Starts on a port of one's choosing, e.g. that of a stub stopped before. */
    public static RecordingHttpServer startOn(int port) throws IOException {
        RecordingHttpServer stub = new RecordingHttpServer(port);
        stub.listen(port);
        return stub;
    }

    private void listen(int on) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", on), 0);
        server.createContext("/", exchange -> {
            var headers = new java.util.TreeMap<String, List<String>>();
            exchange.getRequestHeaders()
                    .forEach((name, values) ->
                            headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // Recorded before answering: a client that has its answer finds its request here.
            received.add(new Request(
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            synchronized (received) {
                received.notifyAll();
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** What it answers from now on. */
    public void answer(int status, String body) {
        this.status = status;
        this.answer = body;
    }

    public List<Request> received() {
        return List.copyOf(received);
    }

    /** Waits until a request that matches has arrived, woken by each arrival. */
    public Request await(Predicate<Request> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                for (Request request : received) {
                    if (matching.test(request)) {
                        return request;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such request arrived; received: " + received);
                }
                TimeUnit.NANOSECONDS.timedWait(received, left);
            }
        }
    }

    public void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }
}
