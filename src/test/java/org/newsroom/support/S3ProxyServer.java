package org.newsroom.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 server for the tests: S3Proxy with its in-memory blob store, started once per test run (and kind) as a
 * process of its own on a free port (its jar, which bundles Jetty, Guava and Jackson of its own, is copied to
 * {@code target/s3proxy} by the build and stays off the tests' class path), and stopped when the tests' JVM exits.
 */
public final class S3ProxyServer {

    public static final String ACCESS_KEY = "newsroom-test";
    public static final String SECRET_KEY = "newsroom-test-secret";
    public static final String REGION = "us-east-1";

    private static S3ProxyServer running;
    private static S3ProxyServer open;

    private final URI endpoint;

    private S3ProxyServer(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The server that checks every request's signature, as a real store does. */
    public static synchronized S3ProxyServer get() {
        if (running == null) {
            running = start("aws-v2-or-v4");
        }
        return running;
    }

    /**
     * A server that takes every request, signed or not: a bucket that anyone may read, as one behind
     * {@code newsroom.media.public-base-url} is. (S3Proxy has no bucket policies, and its blob store refuses object
     * ACLs.)
     */
    public static synchronized S3ProxyServer open() {
        if (open == null) {
            open = start("none");
        }
        return open;
    }

    /** Its address, e.g. {@code http://127.0.0.1:40123}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The URL at which anyone reads the objects of a public bucket (path-style). */
    public String publicUrl(String bucket) {
        return endpoint + "/" + bucket;
    }

    /** A new, empty bucket. */
    public String newBucket() {
        String bucket = "test-" + UUID.randomUUID();
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        return bucket;
    }

    /** The keys of the objects in a bucket. */
    public List<String> keys(String bucket) {
        try (S3Client s3 = client()) {
            return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                    .map(S3Object::key)
                    .sorted()
                    .toList();
        }
    }

    public S3Client client() {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(REGION))
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private static S3ProxyServer start(String authorization) {
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath()
                    + " is missing: the build copies it in generate-test-resources (run the tests through Maven)");
        }
        IllegalStateException failure = null;
        // A free port is found, then given to S3Proxy; another process may take it in between, so a few tries.
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return startOn(jar, freePort(), authorization);
            } catch (IllegalStateException e) {
                failure = e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw failure;
    }

    private static S3ProxyServer startOn(Path jar, int port, String authorization) {
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path properties = Files.createTempFile("s3proxy-", ".properties");
            Files.writeString(
                    properties,
                    String.join(
                            "\n",
                            "s3proxy.endpoint=" + endpoint,
                            "s3proxy.authorization=" + authorization,
                            "s3proxy.identity=" + ACCESS_KEY,
                            "s3proxy.credential=" + SECRET_KEY,
                            "jclouds.provider=transient",
                            "jclouds.identity=" + ACCESS_KEY,
                            "jclouds.credential=" + SECRET_KEY,
                            ""));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(
                            java.toString(), "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString())
                    .redirectErrorStream(true);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            CountDownLatch started = new CountDownLatch(1);
            StringBuilder output = new StringBuilder();
            Thread.ofPlatform().daemon().name("s3proxy-output").start(() -> {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (started.getCount() > 0) {
                            synchronized (output) {
                                output.append(line).append('\n');
                            }
                        }
                        if (line.contains("Started Server@")) {
                            started.countDown();
                        }
                    }
                } catch (IOException e) {
                    // The process ended; onExit below tells.
                }
            });
            process.onExit().thenRun(started::countDown);
            // Jetty's own line says it listens; the cap only stops a broken start from hanging the test run.
            if (!started.await(3, TimeUnit.MINUTES) || !process.isAlive()) {
                process.destroy();
                synchronized (output) {
                    throw new IllegalStateException("S3Proxy did not start on port " + port + ":\n" + output);
                }
            }
            return new S3ProxyServer(endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
