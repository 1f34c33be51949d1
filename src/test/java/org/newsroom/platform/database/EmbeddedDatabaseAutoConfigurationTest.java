package org.newsroom.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.platform.DatabaseMode;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The database mode rule of DESIGN.md, for the running application. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseAutoConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    EmbeddedDatabaseAutoConfiguration.class, DatabaseModeAutoConfiguration.class));

    @Test
    void withoutADatasourceItStartsAnEmbeddedPostgresWhoseDataSurvivesARestart() {
        Path postgresDir = dataDir.resolve("postgres");
        ApplicationContextRunner embedded =
                runner.withPropertyValues("newsroom.embedded-database.data-dir=" + postgresDir);

        embedded.run(context -> {
            assertThat(context).hasSingleBean(EmbeddedPostgres.class);
            assertThat(context.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EMBEDDED);
            execute(context.getBean(JdbcConnectionDetails.class), "create table kept (word text)");
            execute(context.getBean(JdbcConnectionDetails.class), "insert into kept values ('still here')");
        });
        assertThat(postgresDir.resolve("postgresql.conf")).exists();

        embedded.run(context -> {
            JdbcConnectionDetails details = context.getBean(JdbcConnectionDetails.class);
            try (var connection = DriverManager.getConnection(
                            details.getJdbcUrl(), details.getUsername(), details.getPassword());
                    var rs = connection.createStatement().executeQuery("select word from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        });
    }

    @Test
    void postgresOwnOutputGoesToALogFileBesideTheDataAndTheConsoleGetsOneLine(CapturedOutput console) throws Exception {
        Path postgresDir = dataDir.resolve("postgres");

        runner.withPropertyValues("newsroom.embedded-database.data-dir=" + postgresDir)
                .run(context -> assertThat(context).hasSingleBean(EmbeddedPostgres.class));

        Path logFile = dataDir.resolve("postgres.log");
        assertThat(logFile).exists();
        String log = Files.readString(logFile);
        assertThat(log)
                .contains("Success. You can now start the database server")
                .contains("ready to accept connections");
        assertThat(console.getAll())
                .doesNotContain("ready to accept connections")
                .doesNotContain("Success. You can now start the database server")
                .contains("Using an EMBEDDED PostgreSQL on 127.0.0.1:")
                .contains(logFile.toString());
    }

    @Test
    void withADatasourceUrlItStartsNothing() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/elsewhere")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
                });
    }

    @Test
    void itCanBeSwitchedOff() {
        runner.withPropertyValues("newsroom.embedded-database.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }

    private static void execute(JdbcConnectionDetails details, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(
                        details.getJdbcUrl(), details.getUsername(), details.getPassword());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
