package org.newsroom.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.newsroom.platform.DatabaseMode;
import org.newsroom.platform.NewsroomProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL 17 when no datasource is configured, so that {@code ./mvnw spring-boot:run} works on
 * a machine with only a JDK. Its data lives in {@code newsroom.embedded-database.data-dir} and survives restarts.
 *
 * <p>The binaries are an optional dependency that the packaged jar leaves out, so production never starts one: there
 * {@link MissingDatasourceEnvironmentPostProcessor} stops the application with a clear message instead.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatasourceUrlCondition.class)
// The one setting read straight from the environment rather than from NewsroomProperties: a condition decides before
// any bean exists. Its default, true, is the record's too (NewsroomProperties.EmbeddedDatabase.enabled).
@ConditionalOnBooleanProperty(name = "newsroom.embedded-database.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(NewsroomProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    static final String DATABASE_NAME = "newsroom";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(NewsroomProperties properties) throws IOException, SQLException {
        Path dataDir = properties.embeddedDatabase().dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        Path logFile = logFile(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // initdb's and the server's own output (some 35 lines on a first start) would bury the application's
                // console; it is kept next to the data, for when something goes wrong.
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        createDatabaseIfMissing(postgres);
        log.info(
                "Using an EMBEDDED PostgreSQL on 127.0.0.1:{} with its data in {} and its log in {} "
                        + "(set SPRING_DATASOURCE_URL to use your own PostgreSQL instead)",
                postgres.getPort(),
                dataDir,
                logFile);
        return postgres;
    }

    /** {@code data/postgres.log} for the data directory {@code data/postgres}: beside it, not inside it. */
    static Path logFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = "jdbc:postgresql://127.0.0.1:%d/%s".formatted(postgres.getPort(), DATABASE_NAME);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE_NAME + " encoding 'UTF8'");
                    }
                }
            }
        }
    }
}
