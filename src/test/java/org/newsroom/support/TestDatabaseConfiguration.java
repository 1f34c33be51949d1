package org.newsroom.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The one PostgreSQL of the test suite; {@link TestDatabase} says which. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";

    @Bean
    @ServiceConnection
    @Conditional(UsesTestcontainers.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE));
    }

    @Bean
    @Conditional(UsesRunningServer.class)
    JdbcConnectionDetails testDatabaseConnectionDetails() {
        TestDatabase.Server server = TestDatabase.server();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return server.username();
            }

            @Override
            public String getPassword() {
                return server.password();
            }

            @Override
            public String getJdbcUrl() {
                return server.url();
            }
        };
    }

    static class UsesTestcontainers implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.source() == TestDatabase.Source.TESTCONTAINERS;
        }
    }

    static class UsesRunningServer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.source() != TestDatabase.Source.TESTCONTAINERS;
        }
    }
}
