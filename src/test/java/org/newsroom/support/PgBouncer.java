package org.newsroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's PgBouncer, started by a test in front of the tests' PostgreSQL, in transaction mode, on a free port, with
 * its configuration in a temporary directory. Clients need no password (auth_type trust); PgBouncer logs in to
 * PostgreSQL with the test server's own user and password. It refuses to run as root, so as root it switches to the
 * {@code postgres} user ({@code -u}), which is why its files are readable by all.
 */
public final class PgBouncer implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

    private final Process process;
    private final int port;
    private final Path dir;
    private final ProcessOutput output;

    private PgBouncer(Process process, int port, Path dir) {
        this.process = process;
        this.output = ProcessOutput.follow(process, "process up", "pgbouncer-output");
        this.port = port;
        this.dir = dir;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts it in front of {@code server}, with at most {@code poolSize} connections to PostgreSQL per database. */
    public static PgBouncer start(TestDatabase.Server server, int poolSize) {
        try {
            URI target = URI.create(server.url().substring("jdbc:".length()));
            int port = freePort();
            Path dir = Files.createTempDirectory("pgbouncer");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            String password =
                    server.password() == null || server.password().isEmpty() ? "" : " password=" + server.password();
            Path ini = dir.resolve("pgbouncer.ini");
            Files.writeString(ini, """
                    [databases]
                    * = host=%s port=%d user=%s%s

                    [pgbouncer]
                    listen_addr = 127.0.0.1
                    listen_port = %d
                    unix_socket_dir =
                    auth_type = trust
                    auth_file = %s
                    admin_users = %s
                    pool_mode = transaction
                    default_pool_size = %d
                    max_client_conn = 500
                    ignore_startup_parameters = extra_float_digits
                    """.formatted(
                            target.getHost(),
                            target.getPort() < 0 ? 5432 : target.getPort(),
                            server.username(),
                            password,
                            port,
                            dir.resolve("users.txt"),
                            server.username(),
                            poolSize));
            Files.writeString(dir.resolve("users.txt"), "\"" + server.username() + "\" \"\"\n");
            for (Path file : List.of(ini, dir.resolve("users.txt"))) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
            List<String> command = new ArrayList<>(List.of(BINARY.toString()));
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("-u", "postgres"));
            }
            command.add(ini.toString());
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            PgBouncer pgBouncer = new PgBouncer(process, port, dir);
            pgBouncer.awaitListening();
            return pgBouncer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for its log line "process up", which it writes once it listens; fails if it exits first. */
    private void awaitListening() {
        try {
            if (!output.awaitReady(Duration.ofMinutes(1))) {
                throw new IllegalStateException("PgBouncer did not start: " + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL of a database through it, with pgjdbc's options for transaction mode. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?prepareThreshold=0";
    }

    public String output() {
        return output.text();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // Only a temporary directory left behind.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The database name of a JDBC URL such as {@code jdbc:postgresql://host:5432/name?x=y}. */
    public static String databaseOf(String jdbcUrl) {
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        return path.substring(1);
    }
}
