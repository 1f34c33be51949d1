package org.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * A {@link MediaStore} in a directory: {@code <root>/ab/cd/abcd…} for key {@code abcd…}. A file is written to
 * {@code <root>/.incoming} first, its hash computed on the way, and then moved into place atomically, so that a reader
 * (on this instance or another sharing the volume) never sees half a file.
 */
class FileSystemMediaStore implements MediaStore {

    private final Path root;
    private final Path incoming;

    FileSystemMediaStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toRealPath();
            this.incoming = Files.createDirectories(this.root.resolve(".incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the media directory " + root.toAbsolutePath(), e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public Stored put(InputStream content) throws IOException {
        Path temp = Files.createTempFile(incoming, "put-", ".tmp");
        try {
            ContentKeys.Spooled spooled = ContentKeys.spool(content, temp);
            String key = spooled.key();
            long size = spooled.size();
            Path target = pathOf(key);
            if (Files.exists(target)) {
                return new Stored(key, size, false);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The media directory must allow atomic moves within itself", e);
            }
            return new Stored(key, size, true);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<Resource> open(String key) {
        if (!MediaStore.isKey(key)) {
            return Optional.empty();
        }
        Path path = pathOf(key);
        return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
    }

    @Override
    public boolean exists(String key) {
        return MediaStore.isKey(key) && Files.isRegularFile(pathOf(key));
    }

    @Override
    public boolean delete(String key) throws IOException {
        return Files.deleteIfExists(pathOf(key));
    }

    /** The only place a path is built: from a key checked to be 64 hex digits, so it cannot leave the root. */
    private Path pathOf(String key) {
        if (!MediaStore.isKey(key)) {
            throw new IllegalArgumentException("Not a media key");
        }
        Path path =
                root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
        if (!path.normalize().startsWith(root)) {
            throw new IllegalStateException("A media path left its directory");
        }
        return path;
    }
}
