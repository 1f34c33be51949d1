package org.newsroom.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Instead of {@link TestDatabaseConfiguration}: the same PostgreSQL server, but a database of its own
 * ({@code <test database>_s3}), for the application of the S3 store's tests (see {@link TestDatabase#separate}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeparateDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(TestDatabaseConfiguration.UsesTestcontainers.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(DockerImageName.parse(TestDatabaseConfiguration.POSTGRES_IMAGE));
    }

    @Bean
    @Conditional(TestDatabaseConfiguration.UsesRunningServer.class)
    JdbcConnectionDetails separateDatabaseConnectionDetails() {
        TestDatabase.Server server = TestDatabase.separate("s3");
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
}
