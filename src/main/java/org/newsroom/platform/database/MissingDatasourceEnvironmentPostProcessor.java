package org.newsroom.platform.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Stops start-up at once when there is neither a configured datasource nor an embedded PostgreSQL to fall back on,
 * which is the case in the production jar and Docker image. Without it the application would fail much later with a
 * confusing connection error.
 */
class MissingDatasourceEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String MESSAGE = "No database configured. Set SPRING_DATASOURCE_URL (e.g."
            + " jdbc:postgresql://db:5432/newsroom), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD."
            + " The embedded PostgreSQL is only available when running from source (./mvnw spring-boot:run).";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean urlSet = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean embeddedAvailable = ClassUtils.isPresent(
                "io.zonky.test.db.postgres.embedded.EmbeddedPostgres", application.getClassLoader());
        if (!urlSet && !embeddedAvailable) {
            throw new MissingDatasourceException(MESSAGE);
        }
    }

    static class MissingDatasourceException extends IllegalStateException {
        MissingDatasourceException(String message) {
            super(message);
        }
    }
}
