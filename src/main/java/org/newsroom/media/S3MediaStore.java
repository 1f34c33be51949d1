package org.newsroom.media;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A {@link MediaStore} in an S3-compatible bucket (Amazon S3, MinIO, Ceph, R2): object {@code abcd…} for key
 * {@code abcd…}, at the bucket's root. A file is spooled to a temporary file first, its hash computed on the way, so
 * that its key is known before anything is sent; an S3 PUT then makes the object appear whole or not at all, and
 * instances sharing the bucket never see half a file.
 *
 * <p>Each object carries what a reader's browser needs when it is fetched from the bucket directly (through
 * {@code newsroom.media.public-base-url}): its content type, read from its first bytes, and the same immutable
 * {@code Cache-Control} the site sends. Its SHA-256 is kept as metadata too, for {@link MediaCopy} to skip what is
 * already there.
 */
class S3MediaStore implements MediaStore, AutoCloseable {

    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    static final String SHA256_METADATA = "sha256";

    private final S3Client s3;
    private final String bucket;

    S3MediaStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Fails with the bucket's name and the store's answer when the bucket cannot be reached, so a start stops. */
    S3MediaStore checked() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return this;
        } catch (SdkException e) {
            throw new IllegalStateException(
                    "Cannot use the media bucket " + bucket + " (newsroom.media.s3.*): " + e.getMessage(), e);
        }
    }

    @Override
    public Stored put(InputStream content) throws IOException {
        Path temp = Files.createTempFile("newsroom-s3-put-", ".tmp");
        try {
            ContentKeys.Spooled spooled = ContentKeys.spool(content, temp);
            String key = spooled.key();
            long size = spooled.size();
            if (head(key).isPresent()) {
                return new Stored(key, size, false);
            }
            upload(key, temp);
            return new Stored(key, size, true);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes a file under its key, with the object's content type, cache headers and checksum. */
    void upload(String key, Path file) throws IOException {
        String contentType;
        try (InputStream in = Files.newInputStream(file)) {
            contentType = contentType(in.readNBytes(12));
        }
        try {
            s3.putObject(
                    b -> b.bucket(bucket)
                            .key(objectName(key))
                            .contentType(contentType)
                            .cacheControl(CACHE_CONTROL)
                            .metadata(Map.of(SHA256_METADATA, key)),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new IOException("Could not store media file " + key + " in bucket " + bucket, e);
        }
    }

    @Override
    public Optional<Resource> open(String key) {
        if (!MediaStore.isKey(key)) {
            return Optional.empty();
        }
        return head(key).map(found -> new ObjectResource(key, found));
    }

    @Override
    public boolean exists(String key) {
        return MediaStore.isKey(key) && head(key).isPresent();
    }

    @Override
    public boolean delete(String key) throws IOException {
        String name = objectName(key);
        try {
            if (head(key).isEmpty()) {
                return false;
            }
            s3.deleteObject(b -> b.bucket(bucket).key(name));
            return true;
        } catch (SdkException e) {
            throw new IOException("Could not remove media file " + key + " from bucket " + bucket, e);
        }
    }

    /** The object's headers, or empty if there is none under this key. */
    Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(objectName(key))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Reads the object stored under this key. */
    InputStream read(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(objectName(key)));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException("No media file " + key + " in bucket " + bucket);
        } catch (SdkException e) {
            throw new IOException("Could not read media file " + key + " from bucket " + bucket, e);
        }
    }

    String bucket() {
        return bucket;
    }

    @Override
    public void close() {
        s3.close();
    }

    /** The only place an object's name is made: from a key checked to be 64 hex digits, so it names nothing else. */
    private static String objectName(String key) {
        if (!MediaStore.isKey(key)) {
            throw new IllegalArgumentException("Not a media key");
        }
        return key;
    }

    /** What the file is, from its first bytes: the formats the library stores, else plain bytes. */
    static String contentType(byte[] start) {
        if (start.length >= 3 && (start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xd8 && (start[2] & 0xff) == 0xff) {
            return ImageFormat.JPEG.mediaType();
        }
        if (start.length >= 12 && ascii(start, 0, "RIFF") && ascii(start, 8, "WEBP")) {
            return ImageFormat.WEBP.mediaType();
        }
        if (start.length >= 4 && (start[0] & 0xff) == 0x89 && ascii(start, 1, "PNG")) {
            return ImageFormat.PNG.mediaType();
        }
        if (start.length >= 4 && ascii(start, 0, "GIF8")) {
            return ImageFormat.GIF.mediaType();
        }
        return "application/octet-stream";
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** An object as Spring serves a resource: its length from the HEAD already made, its bytes on demand. */
    private final class ObjectResource extends AbstractResource {

        private final String key;
        private final HeadObjectResponse head;

        ObjectResource(String key, HeadObjectResponse head) {
            this.key = key;
            this.head = head;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return read(key);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return head.contentLength();
        }

        @Override
        public long lastModified() {
            return head.lastModified() == null ? 0 : head.lastModified().toEpochMilli();
        }

        @Override
        public String getDescription() {
            return "media file " + key + " in bucket " + bucket;
        }
    }
}
