package org.newsroom.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.staff.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adding images to the library: the media module's API for it. Uploading stores the original and its renditions, then
 * the row that names them, so that a row never points at a missing file; a refused upload stores nothing, and an
 * upload whose row cannot be written takes back the files it added. Any member of staff may upload.
 *
 * <p>Its nine collaborators are the steps of that one sequence (check, store the files, write the row and its audit
 * entry in a transaction, take back the files if it fails), which must be read in one place to see that it holds.
 */
@Service
public class ImageUploads {

    private static final Logger log = LoggerFactory.getLogger(ImageUploads.class);

    private final ImageRepository images;
    private final MediaQueries queries;
    private final MediaStore store;
    private final ImageProcessor processor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final UnusedFiles unusedFiles;
    private final long maxBytes;

    ImageUploads(
            ImageRepository images,
            MediaQueries queries,
            MediaStore store,
            ImageProcessor processor,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            NewsroomProperties properties,
            Clock clock,
            UnusedFiles unusedFiles) {
        this.images = images;
        this.queries = queries;
        this.store = store;
        this.processor = processor;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.unusedFiles = unusedFiles;
        this.maxBytes = properties.media().maxBytes().toBytes();
    }

    /** The largest file an upload may be, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The same, for people: {@code 20 MB}. */
    public String maxSize() {
        return megabytes(maxBytes);
    }

    /**
     * Adds an image to the library, or says why not. The content decides what the file is; the name is only shown.
     * Bytes already in the library give the image they are.
     *
     * @param credit applied to the new image, e.g. for a photographer's set; may be {@code null}
     */
    public UploadResult upload(String fileName, InputStream content, String credit, Actor actor) {
        String shownName = UploadNames.shown(fileName);
        String name;
        try {
            name = UploadNames.kept(fileName);
        } catch (ImageRefusedException refused) {
            return new UploadResult.Refused(shownName, refused.getMessage());
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("newsroom-upload-", ".part");
            Received received = receive(content, temp, maxBytes);
            if (received == null) {
                return new UploadResult.Refused(
                        name, "The file is larger than " + megabytes(maxBytes) + ", the most an image may be.");
            }
            if (received.size() == 0) {
                return new UploadResult.Refused(name, "The file is empty.");
            }
            Optional<Image> existing = images.findByOriginalKey(received.sha256());
            if (existing.isPresent()) {
                return new UploadResult.Stored(name, get(existing.get().getId()), true);
            }
            ImageProcessor.Processed processed = processor.process(temp);
            return store(name, temp, received, processed, ImageEdit.clean(credit), actor);
        } catch (ImageRefusedException refused) {
            return new UploadResult.Refused(name, refused.getMessage());
        } catch (IOException e) {
            log.warn("An upload of {} failed: {}", name, e.getMessage());
            return new UploadResult.Refused(name, "The upload did not arrive whole. Try again.");
        } finally {
            deleteQuietly(temp);
        }
    }

    private UploadResult store(
            String name,
            Path original,
            Received received,
            ImageProcessor.Processed processed,
            String credit,
            Actor actor)
            throws IOException {
        List<String> added = new ArrayList<>();
        try {
            MediaStore.Stored stored;
            try (InputStream in = Files.newInputStream(original)) {
                stored = store.put(in);
            }
            if (stored.created()) {
                added.add(stored.key());
            }
            List<StoredRendition> renditions = new ArrayList<>();
            for (ImageProcessor.Encoded encoded : processed.renditions()) {
                MediaStore.Stored file = store.put(new ByteArrayInputStream(encoded.bytes()));
                if (file.created()) {
                    added.add(file.key());
                }
                renditions.add(new StoredRendition(
                        encoded.format(), encoded.width(), encoded.height(), file.key(), encoded.bytes().length));
            }
            Long id = transaction.execute(status -> {
                Image image = new Image(
                        stored.key(),
                        processed.format(),
                        name,
                        received.size(),
                        processed.width(),
                        processed.height(),
                        renditions,
                        actorId(actor),
                        clock.instant());
                if (credit != null) {
                    image.describe(new ImageEdit(null, null, credit, false), actorId(actor), clock.instant());
                }
                Image saved = images.saveAndFlush(image);
                audit.record(AuditEvent.of(AuditAction.IMAGE_UPLOADED)
                        .by(actorId(actor), actor == null ? "Newsroom" : actor.name())
                        .subject(name)
                        .detail(processed.format().label() + ", " + processed.width() + " × " + processed.height()
                                + " pixels, image " + saved.getId()));
                // Inside a larger transaction (the demo seed), the files go if that transaction rolls back.
                List<String> ours = List.copyOf(added);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int completion) {
                        if (completion == STATUS_ROLLED_BACK) {
                            unusedFiles.remove(ours);
                        }
                    }
                });
                return saved.getId();
            });
            added.clear();
            return new UploadResult.Stored(name, get(Objects.requireNonNull(id)), false);
        } catch (DataIntegrityViolationException race) {
            // The same bytes were uploaded at the same moment by someone else: theirs is the image, and the files
            // are theirs too, so nothing is taken back.
            added.clear();
            return images.findByOriginalKey(received.sha256())
                    .map(image -> (UploadResult) new UploadResult.Stored(name, get(image.getId()), true))
                    .orElseThrow(() -> race);
        } finally {
            unusedFiles.remove(added);
        }
    }

    /**
     * Adds an image that comes with the installation rather than from a person (the demo content, an import),
     * described as given. The same bytes give the image already in the library.
     */
    public ImageDetails importImage(String fileName, byte[] content, ImageEdit description) {
        UploadResult result = upload(fileName, new ByteArrayInputStream(content), null, null);
        if (result instanceof UploadResult.Refused refused) {
            throw new IllegalArgumentException("Cannot import " + fileName + ": " + refused.reason());
        }
        long id = ((UploadResult.Stored) result).image().id();
        transaction.executeWithoutResult(status -> {
            Image image = images.findById(id).orElseThrow(() -> new ImageNotFoundException(id));
            image.describe(description, null, clock.instant());
            images.flush();
            events.publishEvent(new ImageChanged(id));
        });
        return get(id);
    }

    private static Long actorId(Actor actor) {
        return actor == null ? null : actor.id();
    }

    private ImageDetails get(long id) {
        return queries.details(id).orElseThrow(() -> new ImageNotFoundException(id));
    }

    private record Received(long size, String sha256) {}

    /** Copies at most {@code limit} bytes, hashing them; {@code null} if there were more. */
    private static Received receive(InputStream in, Path target, long limit) throws IOException {
        long copied = 0;
        MessageDigest sha256 = ContentKeys.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                copied += read;
                if (copied > limit) {
                    return null;
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return new Received(copied, HexFormat.of().formatHex(sha256.digest()));
    }

    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb * 1024 * 1024 == bytes
                ? mb + " MB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                log.debug("Could not delete {}", path, e);
            }
        }
    }
}
