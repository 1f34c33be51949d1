package org.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.S3ProxyServer;
import org.newsroom.support.TestImages;

/** The S3 store against a real S3 server (S3Proxy): objects named by their content, whole or not at all. */
class S3MediaStoreTest {

    private final S3ProxyServer server = S3ProxyServer.get();
    private final String bucket = server.newBucket();
    private final S3MediaStore store =
            new S3MediaStore(MediaConfiguration.s3Client(settings(bucket)), bucket).checked();

    static NewsroomProperties.S3 settings(String bucket) {
        return new NewsroomProperties.S3(
                bucket,
                S3ProxyServer.get().endpoint().toString(),
                S3ProxyServer.REGION,
                S3ProxyServer.ACCESS_KEY,
                S3ProxyServer.SECRET_KEY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFileIsStoredUnderTheSha256OfItsBytesOnceWithItsTypeAndCacheHeaders() throws IOException {
        byte[] jpeg = TestImages.jpeg(40, 30);

        MediaStore.Stored first = store.put(new ByteArrayInputStream(jpeg));
        MediaStore.Stored again = store.put(new ByteArrayInputStream(jpeg));

        assertThat(first.key()).isEqualTo(sha256(jpeg));
        assertThat(first.size()).isEqualTo(jpeg.length);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(server.keys(bucket)).containsExactly(first.key());
        var head = store.head(first.key()).orElseThrow();
        assertThat(head.contentType()).isEqualTo("image/jpeg");
        assertThat(head.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(head.metadata()).containsEntry(S3MediaStore.SHA256_METADATA, first.key());
        var resource = store.open(first.key()).orElseThrow();
        assertThat(resource.contentLength()).isEqualTo(jpeg.length);
        try (InputStream in = resource.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(jpeg);
        }
    }

    @Test
    void deletingRemovesTheObjectAndSaysWhetherThereWasOne() throws IOException {
        String key = store.put(new ByteArrayInputStream(TestImages.png(20, 20))).key();

        assertThat(store.delete(key)).isTrue();
        assertThat(store.delete(key)).isFalse();
        assertThat(store.exists(key)).isFalse();
        assertThat(store.open(key)).isEmpty();
        assertThat(server.keys(bucket)).isEmpty();
    }

    @Test
    void onlyKeysNameObjects() {
        assertThat(store.open("../" + "a".repeat(64))).isEmpty();
        assertThat(store.open("A".repeat(64))).isEmpty();
        assertThat(store.exists("a".repeat(63))).isFalse();
        assertThatThrownBy(() -> store.delete("../secrets")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileThatBreaksOffMidwayLeavesNoObject() {
        InputStream breaksOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 10_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.put(breaksOff)).isInstanceOf(IOException.class);
        assertThat(server.keys(bucket)).isEmpty();
    }

    @Test
    void aBucketThatIsNotThereStopsTheStartWithItsName() {
        String missing = "missing-" + bucket;
        S3MediaStore unusable = new S3MediaStore(MediaConfiguration.s3Client(settings(missing)), missing);

        assertThatThrownBy(unusable::checked)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("newsroom.media.s3");
        unusable.close();
    }

    @Test
    void theContentTypeComesFromTheFirstBytes() {
        assertThat(S3MediaStore.contentType(TestImages.png(4, 4))).isEqualTo("image/png");
        assertThat(S3MediaStore.contentType("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("image/webp");
        assertThat(S3MediaStore.contentType("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("image/gif");
        assertThat(S3MediaStore.contentType(new byte[] {1, 2})).isEqualTo("application/octet-stream");
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(ContentKeys.sha256().digest(bytes));
    }
}
