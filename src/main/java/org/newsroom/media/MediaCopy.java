package org.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsroom.platform.NewsroomProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code copy-media-to-s3}: copies a file-system library ({@code newsroom.media.dir}) into the bucket of
 * {@code newsroom.media.s3.*}, before an installation switches {@code newsroom.media.store} to {@code s3}.
 *
 * <p>Every file is checked on both sides, since a file's name is the SHA-256 of its bytes: a local file whose bytes
 * do not match its name is reported and left out, and each object written is read back and hashed, and removed again
 * if it does not match. It can be stopped and run again at any point: an object already in the bucket with the same
 * SHA-256 (its metadata) and size is skipped, and anything else under that name is written again. It needs neither the
 * database nor the web server, and exits non-zero when anything was reported.
 */
public final class MediaCopy {

    public static final String COMMAND = "copy-media-to-s3";

    private static final Logger log = LoggerFactory.getLogger(MediaCopy.class);

    private final Path root;
    private final S3MediaStore bucket;

    MediaCopy(Path root, S3MediaStore bucket) {
        this.root = root;
        this.bucket = bucket;
    }

    /** What a run did; {@code problems} name each file it could not copy, and why. */
    record Report(int copied, int skipped, List<String> problems) {}

    /** Runs the command with the application's settings (its configuration, environment and these arguments). */
    public static int run(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            NewsroomProperties.Media media =
                    context.getBean(NewsroomProperties.class).media();
            if (media.s3().bucket() == null || media.s3().bucket().isBlank()) {
                log.error("{} needs newsroom.media.s3.bucket (NEWSROOM_MEDIA_S3_BUCKET)", COMMAND);
                return 2;
            }
            try (S3MediaStore target = new S3MediaStore(
                            MediaConfiguration.s3Client(media.s3()), media.s3().bucket())
                    .checked()) {
                log.info(
                        "Copying the media library in {} to bucket {}",
                        media.dir().toAbsolutePath(),
                        target.bucket());
                Report report = new MediaCopy(media.dir(), target).copy(key -> {});
                log.info(
                        "Copied {} files, skipped {} already there, {} problems",
                        report.copied(),
                        report.skipped(),
                        report.problems().size());
                report.problems().forEach(problem -> log.error("{}", problem));
                return report.problems().isEmpty() ? 0 : 1;
            }
        }
    }

    /**
     * Copies every file of the library, in the order of their names.
     *
     * @param afterEach told each key once it is in the bucket (copied or found there)
     */
    Report copy(Consumer<String> afterEach) throws UncheckedIOException {
        int copied = 0;
        int skipped = 0;
        List<String> problems = new ArrayList<>();
        for (Path file : files()) {
            String key = file.getFileName().toString();
            if (!MediaStore.isKey(key) || !file.equals(expectedPath(key))) {
                problems.add(file + ": not a file of the media library (its name is not its SHA-256 in its folder)");
                continue;
            }
            try {
                long size = Files.size(file);
                if (!key.equals(sha256(Files.newInputStream(file)))) {
                    problems.add(key + ": the local file's bytes do not match its name; not copied");
                    continue;
                }
                if (alreadyThere(key, size)) {
                    skipped++;
                } else {
                    bucket.upload(key, file);
                    if (!key.equals(sha256(bucket.read(key)))) {
                        bucket.delete(key);
                        problems.add(key + ": the copy in the bucket did not match; removed again");
                        continue;
                    }
                    copied++;
                }
                afterEach.accept(key);
            } catch (IOException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        return new Report(copied, skipped, problems);
    }

    private boolean alreadyThere(String key, long size) {
        return bucket.head(key)
                .filter(head -> head.contentLength() != null && head.contentLength() == size)
                .filter(head -> key.equals(head.metadata().get(S3MediaStore.SHA256_METADATA)))
                .isPresent();
    }

    /** The library's files, {@code ab/cd/abcd…}, sorted; the store's {@code .incoming} is left alone. */
    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !root.relativize(path).startsWith(".incoming"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the media directory " + root.toAbsolutePath(), e);
        }
    }

    private Path expectedPath(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static String sha256(InputStream content) throws IOException {
        MessageDigest digest = ContentKeys.sha256();
        try (InputStream in = new DigestInputStream(content, digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Only the settings: no database, no web server, no other bean of the application. (Not a {@code @Configuration},
     * so that the application's own component scan leaves it out.)
     */
    @EnableConfigurationProperties(NewsroomProperties.class)
    static class Settings {}
}
