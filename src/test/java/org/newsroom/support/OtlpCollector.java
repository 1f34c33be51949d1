package org.newsroom.support;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An OpenTelemetry collector in the test's own process: a JDK HTTP server that takes OTLP/HTTP exports in protobuf at
 * {@code /v1/traces}, as a real collector on port 4318 does, and keeps every span it receives for the test to look at.
 */
public final class OtlpCollector implements AutoCloseable {

    private final HttpServer server;
    private final List<Span> spans = new ArrayList<>();

    private OtlpCollector(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free port. */
    public static OtlpCollector start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        OtlpCollector collector = new OtlpCollector(server);
        server.createContext("/v1/traces", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                ExportTraceServiceRequest export = ExportTraceServiceRequest.parseFrom(
                        exchange.getRequestBody().readAllBytes());
                collector.received(export);
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        server.start();
        return collector;
    }

    /** Where an exporter sends traces: {@code management.opentelemetry.tracing.export.otlp.endpoint}. */
    public URI tracesEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces");
    }

    private synchronized void received(ExportTraceServiceRequest export) {
        export.getResourceSpansList()
                .forEach(resource -> resource.getScopeSpansList().forEach(scope -> spans.addAll(scope.getSpansList())));
        notifyAll();
    }

    /** Every span received so far. */
    public synchronized List<Span> spans() {
        return List.copyOf(spans);
    }

    /** Waits, woken by each export, for a span that matches; empty if none came within {@code timeout}. */
    public synchronized Optional<Span> awaitSpan(Predicate<Span> matching, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Span> found = spans.stream().filter(matching).findFirst();
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** The span's parent among the spans received, if it has one and it came. */
    public synchronized Optional<Span> parentOf(Span span) {
        if (span.getParentSpanId().isEmpty()) {
            return Optional.empty();
        }
        return spans.stream()
                .filter(candidate -> candidate.getTraceId().equals(span.getTraceId())
                        && candidate.getSpanId().equals(span.getParentSpanId()))
                .findFirst();
    }

    /** Whether {@code ancestor} is {@code span}'s parent, grandparent or further up. */
    public boolean isUnder(Span span, Span ancestor) {
        Optional<Span> parent = parentOf(span);
        while (parent.isPresent()) {
            if (parent.get().getSpanId().equals(ancestor.getSpanId())) {
                return true;
            }
            parent = parentOf(parent.get());
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
