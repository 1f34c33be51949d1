package org.newsroom.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/** The production jar has no embedded PostgreSQL: without a datasource it must stop at once, saying what to set. */
class MissingDatasourceEnvironmentPostProcessorTest {

    private final MissingDatasourceEnvironmentPostProcessor postProcessor =
            new MissingDatasourceEnvironmentPostProcessor();

    @Test
    void withoutEmbeddedBinariesAndWithoutADatasourceStartUpStopsNamingTheVariables() {
        SpringApplication application = applicationWithoutEmbeddedPostgres();

        assertThatThrownBy(() -> postProcessor.postProcessEnvironment(new MockEnvironment(), application))
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("SPRING_DATASOURCE_USERNAME")
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void theFailureIsReportedAsAnActionNotAStackTrace() {
        var cause = new MissingDatasourceEnvironmentPostProcessor.MissingDatasourceException("no db");

        FailureAnalysis analysis = new MissingDatasourceFailureAnalyzer().analyze(cause);

        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aDatasourceUrlIsEnough() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/newsroom");

        assertThatCode(() -> postProcessor.postProcessEnvironment(environment, applicationWithoutEmbeddedPostgres()))
                .doesNotThrowAnyException();
    }

    @Test
    void withEmbeddedBinariesNothingIsRequired() {
        assertThatCode(() -> postProcessor.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    private static SpringApplication applicationWithoutEmbeddedPostgres() {
        SpringApplication application = new SpringApplication();
        application.setResourceLoader(new DefaultResourceLoader(new FilteredClassLoader("io.zonky")));
        return application;
    }
}
