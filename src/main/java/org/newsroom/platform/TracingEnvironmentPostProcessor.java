package org.newsroom.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code newsroom.tracing.enabled} the one switch of tracing, mapped onto Boot's own settings before the
 * auto-configurations are decided.
 *
 * <p>Off (the default), the auto-configurations of tracing, of the OpenTelemetry SDK and of the SQL spans are left out
 * altogether: no tracer, no span per request or per query, no proxy around the pool, no exporter trying to reach a
 * collector. Having the libraries on the class path costs nothing then; the test suite runs this way.
 *
 * <p>On, every request is sampled and spans go over OTLP/HTTP to a collector on {@code localhost:4318}, each of which
 * Boot's own keys ({@code management.tracing.sampling.probability},
 * {@code management.opentelemetry.tracing.export.otlp.endpoint}) still override: these defaults rank below every
 * other source of settings.
 */
class TracingEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SWITCH = "newsroom.tracing.enabled";

    /** Every auto-configuration that would set up tracing, left out while it is off. */
    static final List<String> TRACING_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration",
            "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration",
            "org.springframework.boot.opentelemetry.autoconfigure.logging.OpenTelemetryLoggingAutoConfiguration",
            "org.springframework.boot.opentelemetry.autoconfigure.logging.otlp.OtlpLoggingAutoConfiguration",
            "net.ttddyy.observation.boot.autoconfigure.DataSourceObservationAutoConfiguration");

    static final String DEFAULT_ENDPOINT = "http://localhost:4318/v1/traces";

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(SWITCH, Boolean.class, false)) {
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put("management.tracing.export.enabled", "true");
            defaults.put("management.tracing.sampling.probability", "1.0");
            defaults.put("management.opentelemetry.tracing.export.otlp.endpoint", DEFAULT_ENDPOINT);
            // A span per connection and per statement; one per result set would only repeat the statement's.
            defaults.put("jdbc.includes", "connection,query");
            environment.getPropertySources().addLast(new MapPropertySource("newsroomTracingDefaults", defaults));
        } else {
            List<String> excluded = new ArrayList<>(Binder.get(environment)
                    .bind(EXCLUDE, Bindable.listOf(String.class))
                    .orElse(List.of()));
            TRACING_AUTO_CONFIGURATIONS.stream()
                    .filter(name -> !excluded.contains(name))
                    .forEach(excluded::add);
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "newsroomTracingOff",
                            Map.of(
                                    EXCLUDE,
                                    String.join(",", excluded),
                                    "management.tracing.export.enabled",
                                    "false",
                                    "jdbc.datasource-proxy.enabled",
                                    "false")));
        }
    }
}
