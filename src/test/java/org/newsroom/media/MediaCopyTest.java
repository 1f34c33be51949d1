package org.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.S3ProxyServer;
import org.newsroom.support.TestImages;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code copy-media-to-s3}: a file-system library into a bucket, every object checked, resumable after a stop. */
class MediaCopyTest {

    @TempDir
    Path dir;

    private final S3ProxyServer server = S3ProxyServer.get();
    private final String bucket = server.newBucket();
    private final S3MediaStore target =
            new S3MediaStore(MediaConfiguration.s3Client(S3MediaStoreTest.settings(bucket)), bucket);
    private final List<String> keys = new ArrayList<>();
    private Path root;

    @BeforeEach
    void library() throws IOException {
        FileSystemMediaStore library = new FileSystemMediaStore(dir.resolve("media"));
        root = library.root();
        for (int i = 0; i < 5; i++) {
            keys.add(library.put(new ByteArrayInputStream(TestImages.jpeg(30 + i, 20)))
                    .key());
        }
        keys.sort(null);
    }

    @AfterEach
    void close() {
        target.close();
    }

    @Test
    void theCommandCopiesEveryFileWithTheApplicationsSettings() throws IOException {
        int exit = MediaCopy.run(
                "--newsroom.media.dir=" + root,
                "--newsroom.media.s3.bucket=" + bucket,
                "--newsroom.media.s3.endpoint=" + server.endpoint(),
                "--newsroom.media.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
                "--newsroom.media.s3.secret-key=" + S3ProxyServer.SECRET_KEY);

        assertThat(exit).isZero();
        assertThat(server.keys(bucket)).containsExactlyElementsOf(keys);
        for (String key : keys) {
            assertThat(bytesInBucket(key)).isEqualTo(Files.readAllBytes(fileOf(key)));
            assertThat(target.head(key).orElseThrow().contentType()).isEqualTo("image/jpeg");
        }
    }

    @Test
    void aCopyStoppedHalfwayGoesOnFromWhereItStopped() {
        AtomicInteger done = new AtomicInteger();
        MediaCopy copy = new MediaCopy(root, target);

        assertThatThrownBy(() -> copy.copy(key -> {
                    if (done.incrementAndGet() == 2) {
                        throw new IllegalStateException("killed");
                    }
                }))
                .hasMessage("killed");
        assertThat(server.keys(bucket)).containsExactlyElementsOf(keys.subList(0, 2));

        MediaCopy.Report resumed = copy.copy(key -> {});

        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(resumed.copied()).isEqualTo(3);
        assertThat(resumed.problems()).isEmpty();
        assertThat(server.keys(bucket)).containsExactlyElementsOf(keys);
        assertThat(copy.copy(key -> {})).isEqualTo(new MediaCopy.Report(0, 5, List.of()));
    }

    @Test
    void anObjectInTheWayThatDoesNotMatchIsWrittenAgain() throws IOException {
        String key = keys.get(1);
        try (var s3 = server.client()) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("half a file"));
        }

        MediaCopy.Report report = new MediaCopy(root, target).copy(k -> {});

        assertThat(report.copied()).isEqualTo(5);
        assertThat(bytesInBucket(key)).isEqualTo(Files.readAllBytes(fileOf(key)));
    }

    @Test
    void aLocalFileWhoseBytesDoNotMatchItsNameIsReportedAndNotCopied() throws IOException {
        String damaged = keys.get(3);
        Files.write(fileOf(damaged), TestImages.jpeg(10, 10));

        MediaCopy.Report report = new MediaCopy(root, target).copy(k -> {});

        assertThat(report.copied()).isEqualTo(4);
        assertThat(report.problems())
                .singleElement()
                .asString()
                .startsWith(damaged)
                .contains("do not match");
        assertThat(server.keys(bucket)).doesNotContain(damaged).hasSize(4);
    }

    @Test
    void theCommandSaysSoWhenAnythingWasNotCopied() throws IOException {
        Files.write(fileOf(keys.get(0)), TestImages.jpeg(10, 10));

        int exit = MediaCopy.run(
                "--newsroom.media.dir=" + root,
                "--newsroom.media.s3.bucket=" + bucket,
                "--newsroom.media.s3.endpoint=" + server.endpoint(),
                "--newsroom.media.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
                "--newsroom.media.s3.secret-key=" + S3ProxyServer.SECRET_KEY);

        assertThat(exit).isEqualTo(1);
        assertThat(server.keys(bucket)).hasSize(4);
    }

    private Path fileOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private byte[] bytesInBucket(String key) throws IOException {
        try (InputStream in = target.read(key)) {
            return in.readAllBytes();
        }
    }
}
