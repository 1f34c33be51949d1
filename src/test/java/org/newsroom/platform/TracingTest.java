package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.trace.v1.Span;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.NewsroomApplication;
import org.newsroom.support.JvmLogging;
import org.newsroom.support.OtlpCollector;
import org.newsroom.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application with {@code newsroom.tracing.enabled} on, exporting to a collector in the test's process: a request
 * arrives as a server span with the spans of its SQL under it, and a run of the scheduler as a span of its own with its
 * SQL under it; its log lines are JSON (ECS) carrying the trace id of the request they were written in. It has its own
 * database and scheduler: a running scheduler would publish other tests' stories.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TracingTest {

    private static final Duration PATIENCE = Duration.ofMinutes(1);

    OtlpCollector collector;
    ConfigurableApplicationContext application;
    int port;
    JvmLogging loggingBefore;

    @BeforeAll
    void startTheApplicationWithTracingOn() throws Exception {
        collector = OtlpCollector.start();
        TestDatabase.Server database = TestDatabase.separate("tracing");
        // Logging is the JVM's: an application started earlier in the suite has set it up, and Boot does not set it up
        // again (so not as JSON) unless it was taken away. stop() puts it back for the tests after this one.
        loggingBefore = JvmLogging.setAside();
        application = new SpringApplicationBuilder(NewsroomApplication.class)
                .run(
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--newsroom.embedded-database.enabled=false",
                        "--newsroom.demo-content=true",
                        "--newsroom.media.dir=target/test-media",
                        // The listening connection straight to PostgreSQL, its user taken from the pool behind the
                        // proxy that traces SQL.
                        "--newsroom.database.listen-url=" + database.url(),
                        "--newsroom.tracing.enabled=true",
                        "--management.opentelemetry.tracing.export.otlp.endpoint=" + collector.tracesEndpoint(),
                        // Spans go out in batches; a short delay only makes the test wait less for them.
                        "--management.opentelemetry.tracing.export.schedule-delay=100ms",
                        // JSON log lines, as docs/operations.md has them turned on, and one line logged inside each
                        // request (the dispatcher's own), to find the request's trace id in.
                        "--logging.structured.format.console=ecs",
                        "--logging.level.org.springframework.web.servlet.DispatcherServlet=debug");
        port = Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
        if (collector != null) {
            collector.close();
        }
        // Closing only cleans logging up: Logback keeps writing JSON, and Boot's system properties (the JSON format,
        // the log pattern's trace-id column) would be inherited by the applications started after this one.
        if (loggingBefore != null) {
            loggingBefore.restore();
        }
    }

    @Test
    void aRequestIsTracedWithItsSqlUnderIt() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);

        Span request = collector
                .awaitSpan(
                        span -> span.getKind() == Span.SpanKind.SPAN_KIND_SERVER
                                && span.getName().equals("http get /"),
                        PATIENCE)
                .orElseThrow(() -> new AssertionError("no request span among " + names()));
        Optional<Span> sql = collector.awaitSpan(span -> isSql(span) && collector.isUnder(span, request), PATIENCE);
        assertThat(sql).as("a SQL span under the request's, among " + names()).isPresent();
    }

    @Test
    void aRequestsLogLinesAreJsonWithItsTraceId(CapturedOutput output) throws Exception {
        assertThat(get("/world").statusCode()).isEqualTo(200);
        // The only request but the other test's "/": its span's name is the route's, not the path's.
        Span request = collector
                .awaitSpan(
                        span -> span.getKind() == Span.SpanKind.SPAN_KIND_SERVER
                                && span.getName().startsWith("http get ")
                                && !span.getName().equals("http get /"),
                        PATIENCE)
                .orElseThrow(() -> new AssertionError("no request span for /world among " + names()));
        String traceId = HexFormat.of().formatHex(request.getTraceId().toByteArray());

        // The dispatcher logs the request while handling it, so its line is written before the answer arrives.
        List<String> lines = output.getOut()
                .lines()
                .filter(line -> line.contains("/world") && line.contains("DispatcherServlet"))
                .toList();
        assertThat(lines)
                .as(
                        "the dispatcher's line for the request, among: %s",
                        output.getOut()
                                .lines()
                                .filter(line -> line.contains("world"))
                                .limit(5)
                                .toList())
                .isNotEmpty();
        assertThat(lines)
                .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"))
                .anySatisfy(line -> assertThat(line).contains("\"traceId\":\"" + traceId + "\""));
    }

    @Test
    void aRunOfTheSchedulerIsTracedWithItsSqlUnderIt() throws Exception {
        // The scheduled publisher and the front scheduler each run once at start-up.
        Span run = collector
                .awaitSpan(span -> span.getName().equals(RunObservations.NAME), PATIENCE)
                .orElseThrow(() -> new AssertionError("no scheduler run among " + names()));
        assertThat(run.getParentSpanId().isEmpty()).as("a trace of its own").isTrue();
        Optional<Span> sql = collector.awaitSpan(span -> isSql(span) && collector.isUnder(span, run), PATIENCE);
        assertThat(sql).as("a SQL span under the run's, among " + names()).isPresent();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html")
                                .timeout(PATIENCE)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isSql(Span span) {
        return span.getAttributesList().stream()
                .anyMatch(attribute -> attribute.getKey().startsWith("jdbc.query"));
    }

    private String names() {
        return collector.spans().stream().map(Span::getName).distinct().toList().toString();
    }
}
