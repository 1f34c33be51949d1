package org.newsroom.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The image library: the media module's API. Uploading stores the original and its renditions, then the row that
 * names them, so that a row never points at a missing file; a refused upload stores nothing, and an upload whose row
 * cannot be written takes back the files it added. Every permission rule is enforced here: staff upload and describe
 * their own images; editors describe any image and delete images that no story uses.
 */
@Service
public class MediaLibrary {

    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

    /** Invisible characters that make a name lie about itself (control characters, bidirectional overrides). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private static final Pattern PATH = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|[/\\\\]");

    private final ImageRepository images;
    private final MediaQueries queries;
    private final MediaStore store;
    private final ImageProcessor processor;
    private final ObjectProvider<ImageUsage> usage;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxBytes;

    MediaLibrary(
            ImageRepository images,
            MediaQueries queries,
            MediaStore store,
            ImageProcessor processor,
            ObjectProvider<ImageUsage> usage,
            AuditLog audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            NewsroomProperties properties,
            Clock clock) {
        this.images = images;
        this.queries = queries;
        this.store = store;
        this.processor = processor;
        this.usage = usage;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
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
        String shownName = shownName(fileName);
        String name;
        try {
            name = fileName(fileName);
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
                audit.record(
                        actorId(actor),
                        actor == null ? "Newsroom" : actor.name(),
                        AuditAction.IMAGE_UPLOADED,
                        null,
                        name,
                        processed.format().label() + ", " + processed.width() + " × " + processed.height()
                                + " pixels, image " + saved.getId(),
                        null);
                // Inside a larger transaction (the demo seed), the files go if that transaction rolls back.
                List<String> ours = List.copyOf(added);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int completion) {
                        if (completion == STATUS_ROLLED_BACK) {
                            removeUnreferenced(ours);
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
            removeUnreferenced(added);
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

    @Transactional(readOnly = true)
    public Optional<ImageDetails> find(long id) {
        return queries.details(id);
    }

    @Transactional(readOnly = true)
    public ImageDetails get(long id) {
        return queries.details(id).orElseThrow(() -> new ImageNotFoundException(id));
    }

    /** A page of the library, newest first; {@code query} searches file names, captions, credits and alt text. */
    @Transactional(readOnly = true)
    public LibraryPage search(String query, int page) {
        String q = query == null || query.isBlank() ? null : query.strip();
        int number = Math.max(1, page);
        List<ImageDetails> found = queries.page(q, number, LibraryPage.PAGE_SIZE);
        Map<Long, List<ImageUser>> users =
                usersOf(found.stream().map(ImageDetails::id).toList());
        return new LibraryPage(
                found.stream()
                        .map(image -> new LibraryImage(image, users.getOrDefault(image.id(), List.of())))
                        .toList(),
                q,
                number,
                queries.count(q));
    }

    /** The stories that use this image. */
    @Transactional(readOnly = true)
    public List<ImageUser> usedBy(long id) {
        return usersOf(List.of(id)).getOrDefault(id, List.of());
    }

    /** What pages show of these images; an id that names no image is left out. */
    @Transactional(readOnly = true)
    public Map<Long, Picture> pictures(Collection<Long> ids) {
        return queries.pictures(ids);
    }

    /**
     * Changes what the library says about an image. Its uses that keep the image's own alt text and caption follow,
     * on public pages too. A writer describes only images they uploaded, and only while no published story shows them.
     */
    @Transactional
    public void describe(long id, long expectedVersion, ImageEdit edit, Actor actor) {
        Image image = images.findById(id).orElseThrow(() -> new ImageNotFoundException(id));
        if (!actor.can(StaffRole.EDITOR)) {
            if (!Objects.equals(image.getCreatedBy(), actor.id())) {
                throw new AccessDeniedException("Writers describe the images they uploaded; ask an editor.");
            }
            if (usedBy(id).stream().anyMatch(ImageUser::published)) {
                throw new AccessDeniedException("A published story shows this image, so an editor describes it now.");
            }
        }
        if (image.getVersion() != expectedVersion) {
            throw new RuleViolation("Someone else changed this image while you were editing. Here is theirs; make your"
                    + " change again.");
        }
        requireLength("alt", edit.alt(), 1000, "Alt text has at most 1,000 characters.");
        requireLength("caption", edit.caption(), 2000, "A caption has at most 2,000 characters.");
        requireLength("credit", edit.credit(), 300, "A credit has at most 300 characters.");
        image.describe(edit, actor.id(), clock.instant());
        images.flush();
        events.publishEvent(new ImageChanged(id));
    }

    /** Deletes an image that no story uses, with its files once the deletion has committed. Editors only. */
    @Transactional
    public void delete(long id, Actor actor) {
        if (!actor.can(StaffRole.EDITOR)) {
            throw new AccessDeniedException("Only editors delete images.");
        }
        Image image = images.findById(id).orElseThrow(() -> new ImageNotFoundException(id));
        List<ImageUser> users = usedBy(id);
        if (!users.isEmpty()) {
            throw new RuleViolation(inUse(users));
        }
        List<String> keys = new ArrayList<>();
        keys.add(image.getOriginalKey());
        image.getRenditions().forEach(rendition -> keys.add(rendition.getFileKey()));
        try {
            images.delete(image);
            images.flush();
        } catch (DataIntegrityViolationException justUsed) {
            throw new RuleViolation("A story started using this image a moment ago, so it was not deleted.");
        }
        audit.record(
                actor.id(), actor.name(), AuditAction.IMAGE_DELETED, null, image.getFileName(), "Image " + id, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                removeUnreferenced(keys);
            }
        });
    }

    /** A rendition's file, for serving; never an original. */
    public Optional<ServedFile> rendition(String key, RenditionFormat format) {
        if (!MediaStore.isKey(key)) {
            return Optional.empty();
        }
        return queries.renditionFormat(key)
                .filter(format::equals)
                .flatMap(found -> store.open(key))
                .map(resource -> new ServedFile(key, format, resource));
    }

    /** A rendition to send: its bytes and what they are. */
    public record ServedFile(String key, RenditionFormat format, Resource resource) {}

    private Map<Long, List<ImageUser>> usersOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ImageUsage users = usage.getIfAvailable();
        return users == null ? Map.of() : users.usersOf(ids);
    }

    private void removeUnreferenced(Collection<String> keys) {
        for (String key : keys) {
            try {
                if (!queries.isReferenced(key)) {
                    store.delete(key);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Could not remove media file {}: {}", key, e.getMessage());
            }
        }
    }

    private static String inUse(List<ImageUser> users) {
        String names = users.stream()
                .limit(3)
                .map(user -> "“" + user.headline() + "”")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String more = users.size() > 3 ? " and " + (users.size() - 3) + " more" : "";
        return "This image is still used by " + (users.size() == 1 ? "a story: " : users.size() + " stories: ") + names
                + more + ". Take it out of " + (users.size() == 1 ? "that story" : "those stories")
                + " first, then delete it.";
    }

    /**
     * The name a file was sent with, as it is kept and shown. A name that tries to be a path ({@code ../}, slashes) or
     * hides control characters is refused rather than quietly changed, so that what the library shows is what was
     * sent. The name never names a stored file: those are named by their content.
     */
    static String fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            return "image";
        }
        if (CONTROL.matcher(raw).find()) {
            throw new ImageRefusedException(
                    "The file name contains control characters. Rename the file and upload it again.");
        }
        if (PATH.matcher(raw).find()) {
            throw new ImageRefusedException(
                    "The file name contains a path (“../” or a slash). Rename the file and" + " upload it again.");
        }
        String name = raw.strip();
        if (name.equals(".") || name.equals("..")) {
            throw new ImageRefusedException("“" + name + "” is not a file name. Rename the file and upload it again.");
        }
        if (name.length() > 255) {
            throw new ImageRefusedException(
                    "The file name is longer than 255 characters. Rename the file and upload" + " it again.");
        }
        return name;
    }

    /** The name to show next to a refusal, with anything invisible made visible. */
    private static String shownName(String raw) {
        if (raw == null || raw.isBlank()) {
            return "image";
        }
        String shown = CONTROL.matcher(raw).replaceAll("\uFFFD").strip();
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }

    private record Received(long size, String sha256) {}

    /** Copies at most {@code limit} bytes, hashing them; {@code null} if there were more. */
    private static Received receive(InputStream in, Path target, long limit) throws IOException {
        long copied = 0;
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    private static void requireLength(String field, String value, int max, String message) {
        if (value != null && value.length() > max) {
            throw new RuleViolation(field, message);
        }
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
