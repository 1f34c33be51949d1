package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Tracing is off by default, and then nothing of it is set up: no tracer to make spans, no exporter to send them, no
 * proxy around the pool to trace SQL. The libraries are on the class path all the same.
 */
@IntegrationTest
class TracingOffTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    NewsroomProperties properties;

    @Test
    void byDefaultThereIsNoTracerNoExporterAndNoProxyAroundThePool() {
        assertThat(properties.tracing().enabled()).isFalse();
        assertThat(context.getBeanNamesForType(io.micrometer.tracing.Tracer.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(io.opentelemetry.sdk.trace.export.SpanExporter.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(io.opentelemetry.api.OpenTelemetry.class))
                .isEmpty();
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
    }
}
