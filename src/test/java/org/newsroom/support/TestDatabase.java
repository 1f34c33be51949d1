package org.newsroom.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.testcontainers.DockerClientFactory;

/**
 * Where the tests' PostgreSQL comes from, in the order DESIGN.md gives: {@code NEWSROOM_TEST_DB_URL} (with
 * {@code _USER} and {@code _PASSWORD}), else Testcontainers when a Docker engine answers, else an embedded PostgreSQL
 * started once for the whole test run. Never a stand-in for PostgreSQL.
 */
public final class TestDatabase {

    public enum Source {
        ENVIRONMENT,
        TESTCONTAINERS,
        EMBEDDED
    }

    public record Server(String url, String username, String password) {}

    private static Source source;
    private static Server embedded;

    private TestDatabase() {}

    public static synchronized Source source() {
        if (source == null) {
            if (hasText(System.getenv("NEWSROOM_TEST_DB_URL"))) {
                source = Source.ENVIRONMENT;
            } else if (dockerAvailable()) {
                source = Source.TESTCONTAINERS;
            } else {
                source = Source.EMBEDDED;
            }
            System.out.println("Tests use PostgreSQL from: " + source);
        }
        return source;
    }

    /** The server for {@link Source#ENVIRONMENT} and {@link Source#EMBEDDED}. */
    public static synchronized Server server() {
        return switch (source()) {
            case ENVIRONMENT ->
                new Server(
                        System.getenv("NEWSROOM_TEST_DB_URL"),
                        valueOr(System.getenv("NEWSROOM_TEST_DB_USER"), "postgres"),
                        valueOr(System.getenv("NEWSROOM_TEST_DB_PASSWORD"), ""));
            case EMBEDDED -> embedded();
            case TESTCONTAINERS -> throw new IllegalStateException("Testcontainers provides its own connection");
        };
    }

    /**
     * A database of its own on the same server, made empty: for a test application whose settings would change what
     * the shared database holds for every other test (such as the S3 store's public base URL, which renders stored
     * bodies again). Not for {@link Source#TESTCONTAINERS}, where each application context has its own container.
     */
    public static synchronized Server separate(String suffix) {
        Server shared = server();
        var url = java.util.regex.Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$")
                .matcher(shared.url());
        if (!url.matches()) {
            throw new IllegalStateException("Cannot tell the database in " + shared.url());
        }
        String name = url.group(2) + "_" + suffix;
        try (var connection = DriverManager.getConnection(
                        url.group(1) + "postgres" + url.group(3), shared.username(), shared.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the database " + name, e);
        }
        return new Server(url.group(1) + name + url.group(3), shared.username(), shared.password());
    }

    private static Server embedded() {
        if (embedded == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the temporary data directory goes with it
                    }
                }));
                try (var connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                        var statement = connection.createStatement()) {
                    statement.execute("create database newsroom_test encoding 'UTF8'");
                }
                embedded = new Server(postgres.getJdbcUrl("postgres", "newsroom_test"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return embedded;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String valueOr(String value, String fallback) {
        return hasText(value) ? value : fallback;
    }
}
