package org.newsroom.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Varnish (Debian's {@code varnish} with {@code varnish-modules}' xkey) on a free port, running
 * {@code deploy/varnish/default.vcl} in front of the application. Where it is not installed, the tests that need it
 * are skipped on a developer's machine, but fail in CI ({@code CI} set), like the browser tests without Chromium.
 */
public final class Varnish implements AutoCloseable {

    static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

    private final int port;
    private final Path workDir;
    private final Path vcl;
    private Process process;

    private Varnish(int port, Path workDir, Path vcl) {
        this.port = port;
        this.workDir = workDir;
        this.vcl = vcl;
    }

    /** Skips the test (or fails it in CI) when varnishd is not installed. */
    public static void requireInstalled() {
        if (!Files.isExecutable(VARNISHD) && System.getenv("CI") == null) {
            Assumptions.abort("Varnish is not installed (apt-get install varnish varnish-modules)");
        }
    }

    /** A free port, for a Varnish to be started on later (the application must know it first). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts Varnish on {@code port} with the repository's VCL, its backend the application at {@code appPort}. */
    public static Varnish start(int port, int appPort) throws IOException, InterruptedException {
        requireInstalled();
        Path workDir = Files.createTempDirectory("newsroom-varnish");
        workDir.toFile().setReadable(true, false);
        workDir.toFile().setExecutable(true, false);
        String source = Files.readString(Path.of("deploy/varnish/default.vcl"))
                .replace(".host = \"app\";", ".host = \"127.0.0.1\";")
                .replace(".port = \"8080\";", ".port = \"" + appPort + "\";");
        Path vcl = workDir.resolve("default.vcl");
        Files.writeString(vcl, source);
        vcl.toFile().setReadable(true, false);
        // The rules default.vcl includes ("./newsroom.vcl", beside it), unchanged.
        Path rules = Files.copy(Path.of("deploy/varnish/newsroom.vcl"), workDir.resolve("newsroom.vcl"));
        rules.toFile().setReadable(true, false);
        Varnish varnish = new Varnish(port, workDir, vcl);
        varnish.start();
        return varnish;
    }

    /** Starts it again on the same port, after {@link #stop()}: an empty cache. */
    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(
                        VARNISHD.toString(),
                        "-F",
                        "-a",
                        "127.0.0.1:" + port,
                        "-T",
                        "127.0.0.1:0",
                        "-f",
                        vcl.toString(),
                        "-n",
                        workDir.resolve("n").toString(),
                        "-s",
                        "malloc,64m")
                .redirectErrorStream(true)
                .start();
        // varnishd says when its child accepts requests: the signal to wait for.
        ProcessOutput output = ProcessOutput.follow(process, "Child starts", "varnish-output");
        if (!output.awaitReady(Duration.ofMinutes(2))) {
            stop();
            throw new IllegalStateException("varnishd did not start: " + output.text());
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
