package org.newsroom.media;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The image library: the media module's API for finding, describing, deleting and serving images; adding them is
 * {@link ImageUploads}'. Every permission rule of an image already in the library is enforced here: staff describe
 * their own images; editors describe any image and delete images that no story uses.
 */
@Service
public class MediaLibrary {

    private final ImageRepository images;
    private final MediaQueries queries;
    private final MediaStore store;
    private final ObjectProvider<ImageUsage> usage;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnusedFiles unusedFiles;

    MediaLibrary(
            ImageRepository images,
            MediaQueries queries,
            MediaStore store,
            ObjectProvider<ImageUsage> usage,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            UnusedFiles unusedFiles) {
        this.images = images;
        this.queries = queries;
        this.store = store;
        this.usage = usage;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.unusedFiles = unusedFiles;
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
        audit.record(AuditEvent.of(AuditAction.IMAGE_DELETED)
                .by(actor.id(), actor.name())
                .subject(image.getFileName())
                .detail("Image " + id));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                unusedFiles.remove(keys);
            }
        });
    }

    /** A rendition's file, for serving; never an original. */
    public Optional<ServedFile> rendition(String key, ImageFormat format) {
        if (!MediaStore.isKey(key)) {
            return Optional.empty();
        }
        return queries.renditionFormat(key)
                .filter(found -> found.format() == format)
                .flatMap(found ->
                        store.open(key).map(resource -> new ServedFile(key, format, resource, found.imageId())));
    }

    /** A rendition to send: its bytes and what they are, and the image it shows (its surrogate key at a CDN). */
    public record ServedFile(String key, ImageFormat format, Resource resource, long imageId) {}

    private Map<Long, List<ImageUser>> usersOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ImageUsage users = usage.getIfAvailable();
        return users == null ? Map.of() : users.usersOf(ids);
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

    private static void requireLength(String field, String value, int max, String message) {
        if (value != null && value.length() > max) {
            throw new RuleViolation(field, message);
        }
    }
}
