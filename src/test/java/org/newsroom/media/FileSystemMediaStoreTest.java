package org.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemMediaStoreTest {

    @TempDir
    Path root;

    @Test
    void aFileIsStoredUnderTheSha256OfItsBytesOnce() throws Exception {
        FileSystemMediaStore store = new FileSystemMediaStore(root.resolve("media"));
        byte[] bytes = "some image bytes".getBytes(StandardCharsets.UTF_8);
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        MediaStore.Stored first = store.put(new ByteArrayInputStream(bytes));
        MediaStore.Stored second = store.put(new ByteArrayInputStream(bytes));

        assertThat(first.key()).isEqualTo(expected);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(first.size()).isEqualTo(bytes.length);
        Path file = store.root()
                .resolve(expected.substring(0, 2))
                .resolve(expected.substring(2, 4))
                .resolve(expected);
        assertThat(file).hasBinaryContent(bytes);
        assertThat(store.open(expected)).get().satisfies(resource -> assertThat(resource.getContentAsByteArray())
                .isEqualTo(bytes));
        assertThat(files(store)).as("nothing left aside").hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "../../etc/passwd",
                "..",
                "ab/../../../../etc/passwd",
                "/etc/passwd",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
                "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85/",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85\u0000",
                "..%2F..%2Fetc%2Fpasswd"
            })
    void anythingButAKeyNamesNoFile(String notAKey) throws IOException {
        FileSystemMediaStore store = new FileSystemMediaStore(root.resolve("media"));
        Files.writeString(root.resolve("secret.txt"), "outside the store");

        assertThat(store.open(notAKey)).isEmpty();
        assertThat(store.exists(notAKey)).isFalse();
        assertThatThrownBy(() -> store.delete(notAKey)).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("secret.txt")).exists();
    }

    @Test
    void anUnknownKeyIsNotThere() throws IOException {
        FileSystemMediaStore store = new FileSystemMediaStore(root.resolve("media"));
        String key = "a".repeat(64);

        assertThat(store.open(key)).isEmpty();
        assertThat(store.exists(key)).isFalse();
        assertThat(store.delete(key)).isFalse();
    }

    @Test
    void aDeletedFileIsGone() throws IOException {
        FileSystemMediaStore store = new FileSystemMediaStore(root.resolve("media"));
        String key = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3})).key();

        assertThat(store.delete(key)).isTrue();

        assertThat(store.exists(key)).isFalse();
        assertThat(store.open(key)).isEmpty();
    }

    private static java.util.List<Path> files(FileSystemMediaStore store) throws IOException {
        try (Stream<Path> walk = Files.walk(store.root())) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
