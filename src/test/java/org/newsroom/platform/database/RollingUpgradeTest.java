package org.newsroom.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.support.TestDatabase;

/**
 * The previous release against this release's schema, as during a rolling upgrade: the new instances' Flyway has
 * migrated while instances of the previous release still serve. Every statement that release ran
 * ({@code upgrade/previous-release.sql}, recorded by {@code deploy/upgrade/record-release-statements.sh}) is prepared
 * against a database migrated by this release's migrations: the server parses and plans it, so a table, column or
 * function it names that is gone, or a column whose type no longer fits, fails here. (A parameter whose type only
 * the driver knew, {@code 42P18}, is a statement that got past that check.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollingUpgradeTest {

    private static final String INDETERMINATE_PARAMETER = "42P18";

    TestDatabase.Server database;
    List<String> statements;

    @BeforeAll
    void migrate() throws Exception {
        database = TestDatabase.separate("upgrade");
        Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        statements = MigrationRulesTest.previousRelease();
    }

    @Test
    void everyStatementOfThePreviousReleaseStillWorksOnTheNewSchema() throws SQLException {
        assertThat(statements).as("recorded statements").hasSizeGreaterThan(100);
        try (Connection connection = connect()) {
            assertThat(failures(connection)).isEmpty();
        }
    }

    @Test
    void aDroppedColumnThatThePreviousReleaseReadsFailsIt() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table articles drop column deck cascade");
            }
            List<String> failures = failures(connection);
            connection.rollback();
            assertThat(failures).isNotEmpty().allSatisfy(failure -> assertThat(failure)
                    .contains("deck"));
        }
    }

    /** The statements that do not prepare, each with the server's message. */
    private List<String> failures(Connection connection) throws SQLException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String sql : statements) {
            String name = "previous_release_" + n++;
            try (Statement statement = connection.createStatement()) {
                statement.execute("savepoint replay");
                try {
                    statement.execute("prepare " + name + " as " + sql);
                    statement.execute("deallocate " + name);
                } catch (SQLException e) {
                    if (!INDETERMINATE_PARAMETER.equals(e.getSQLState())) {
                        failures.add(e.getMessage().lines().findFirst().orElse("") + " in: " + sql);
                    }
                    statement.execute("rollback to savepoint replay");
                }
            }
        }
        return failures;
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
        connection.setAutoCommit(false);
        return connection;
    }
}
