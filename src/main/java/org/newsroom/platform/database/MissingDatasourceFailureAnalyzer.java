package org.newsroom.platform.database;

import org.newsroom.platform.database.MissingDatasourceEnvironmentPostProcessor.MissingDatasourceException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing-datasource message as a short report rather than a stack trace. */
class MissingDatasourceFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatasourceException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingDatasourceException cause) {
        return new FailureAnalysis(
                "Newsroom has no database: SPRING_DATASOURCE_URL is not set, and this build has no embedded PostgreSQL.",
                "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to point at a"
                        + " PostgreSQL 15+ database (docker-compose.yml shows how).",
                cause);
    }
}
