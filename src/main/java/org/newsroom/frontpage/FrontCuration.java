package org.newsroom.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.ArticleSummary;
import org.newsroom.article.StoryState;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors arrange the fronts: the working copy, its publication (a revision), schedules, comparison and restore.
 * Every change is audited. Only editors may do any of it, here as in the URL rules.
 */
@Service
public class FrontCuration {

    /** The lead and the top stories: as many as the front page shows above its section blocks. */
    public static final int MAX_SLOTS = 11;

    static final int REVISIONS_SHOWN = 30;

    private final FrontStore store;
    private final ArticleService articles;
    private final SectionService sections;
    private final FrontPages pages;
    private final FrontSlotRules slotRules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontCuration(
            FrontStore store,
            ArticleService articles,
            SectionService sections,
            FrontPages pages,
            FrontSlotRules slotRules,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.articles = articles;
        this.sections = sections;
        this.pages = pages;
        this.slotRules = slotRules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The section a section front belongs to; a 404 for readers and editors alike if there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<SectionRef> section(String slug) {
        return sections.findSection(slug);
    }

    @Transactional(readOnly = true)
    public FrontEditorView open(FrontKey front, Actor actor) {
        editorOnly(actor);
        List<FrontSlot> live = store.live(front).slots();
        List<FrontSlot> working = store.working(front).orElse(live);
        Set<Long> ids = new HashSet<>();
        working.forEach(slot -> ids.add(slot.articleId()));
        live.forEach(slot -> ids.add(slot.articleId()));
        Map<Long, StoryState> states = articles.states(ids);
        Instant now = clock.instant();
        List<FrontEditorView.Slot> slots = new ArrayList<>();
        for (FrontSlot slot : working) {
            StoryState state = states.get(slot.articleId());
            slots.add(new FrontEditorView.Slot(
                    slots.size() + 1,
                    slot.articleId(),
                    state == null ? "Story " + slot.articleId() : state.headline(),
                    slot.headline(),
                    slot.deck(),
                    slot.imageId(),
                    attention(state, now)));
        }
        int liveAttention = (int) live.stream()
                .filter(slot -> attention(states.get(slot.articleId()), now) != null)
                .count();
        List<FrontRevision> revisions = store.revisions(front, REVISIONS_SHOWN);
        return new FrontEditorView(
                front,
                name(front),
                List.copyOf(slots),
                !working.equals(live),
                liveAttention,
                store.lastEdit(front).orElse(null),
                revisions.stream().filter(FrontRevision::pending).toList(),
                revisions.stream().filter(r -> r.publishedAt() != null).toList());
    }

    /** Public stories to choose from: the newest whose headline holds {@code query}, or the newest of all. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> candidates(String query, Actor actor) {
        editorOnly(actor);
        return articles.publishedWithHeadline(query, 20);
    }

    /** Saves the working copy; readers see nothing of it until it is published. */
    @Transactional
    public void save(FrontKey front, List<FrontSlot> slots, Actor actor) {
        editorOnly(actor);
        List<FrontSlot> checked = slotRules.checked(slots);
        store.saveWorking(front, checked, actor.name(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.FRONT_SAVED)
                .by(actor.id(), actor.name())
                .subject(name(front))
                .detail(describe(checked)));
    }

    /** Saves the working copy and makes it the live arrangement: a new revision. */
    @Transactional
    public long publish(FrontKey front, List<FrontSlot> slots, Actor actor) {
        editorOnly(actor);
        List<FrontSlot> checked = slotRules.checked(slots);
        return publishRevision(front, checked, null, actor, AuditAction.FRONT_PUBLISHED, describe(checked));
    }

    /** Saves the working copy and schedules it to go out at {@code at}, once, whichever instance gets there first. */
    @Transactional
    public long schedule(FrontKey front, List<FrontSlot> slots, Instant at, Actor actor) {
        editorOnly(actor);
        Instant now = clock.instant();
        if (at == null || !at.isAfter(now)) {
            throw new RuleViolation("scheduleAt", "Choose a time in the future.");
        }
        List<FrontSlot> checked = slotRules.checked(slots);
        store.saveWorking(front, checked, actor.name(), now);
        long revision = store.insertRevision(front, checked, actor.id(), actor.name(), now, at, null);
        audit.record(AuditEvent.of(AuditAction.FRONT_SCHEDULED)
                .by(actor.id(), actor.name())
                .subject(name(front))
                .detail("For " + at + ": " + describe(checked)));
        return revision;
    }

    @Transactional
    public void cancelSchedule(FrontKey front, long revisionId, Actor actor) {
        editorOnly(actor);
        FrontRevision revision = revisionOf(front, revisionId);
        if (!store.cancel(revision.id(), clock.instant())) {
            throw new RuleViolation("This arrangement is no longer waiting to go out.");
        }
        audit.record(AuditEvent.of(AuditAction.FRONT_SCHEDULE_CANCELLED)
                .by(actor.id(), actor.name())
                .subject(name(front))
                .detail("Revision " + revisionId + ", for " + revision.scheduledFor()));
    }

    /** Makes an earlier arrangement live again, as a new revision, and the working copy too. */
    @Transactional
    public long restore(FrontKey front, long revisionId, Actor actor) {
        editorOnly(actor);
        revisionOf(front, revisionId);
        List<FrontSlot> slots = store.revisionSlots(revisionId);
        return publishRevision(
                front,
                slots,
                revisionId,
                actor,
                AuditAction.FRONT_RESTORED,
                "Revision " + revisionId + ": " + describe(slots));
    }

    @Transactional(readOnly = true)
    public FrontComparison compare(FrontKey front, long leftId, long rightId, Actor actor) {
        editorOnly(actor);
        FrontRevision left = revisionOf(front, leftId);
        FrontRevision right = revisionOf(front, rightId);
        List<FrontSlot> a = store.revisionSlots(leftId);
        List<FrontSlot> b = store.revisionSlots(rightId);
        Set<Long> ids = new HashSet<>();
        a.forEach(slot -> ids.add(slot.articleId()));
        b.forEach(slot -> ids.add(slot.articleId()));
        Map<Long, StoryState> states = articles.states(ids);
        List<FrontComparison.Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            rows.add(new FrontComparison.Row(
                    i + 1,
                    i < a.size() ? shownAs(a.get(i), states) : null,
                    i < b.size() ? shownAs(b.get(i), states) : null));
        }
        return new FrontComparison(left, right, rows);
    }

    /**
     * The one way an editor's arrangement goes out now (published, or an earlier one restored): it becomes the working
     * copy and a new revision, which goes live, and the change is audited.
     */
    private long publishRevision(
            FrontKey front, List<FrontSlot> slots, Long restoredFrom, Actor actor, AuditAction action, String detail) {
        Instant now = clock.instant();
        store.saveWorking(front, slots, actor.name(), now);
        long revision = store.insertRevision(front, slots, actor.id(), actor.name(), now, null, restoredFrom);
        goLive(front, revision, now);
        audit.record(AuditEvent.of(action)
                .by(actor.id(), actor.name())
                .subject(name(front))
                .detail(detail));
        return revision;
    }

    /** The revision goes live: readers' pages on every instance change when this transaction commits. */
    void goLive(FrontKey front, long revision, Instant at) {
        store.makeLive(front, revision, at);
        store.notifyChanged(front.surrogateKey());
        events.publishEvent(new FrontChanged(front));
    }

    String name(FrontKey front) {
        if (front.isFrontPage()) {
            return "Front page";
        }
        return sections.findSection(front.sectionId())
                .map(section -> "Section front: " + section.name())
                .orElse("Section front " + front.sectionId());
    }

    private FrontRevision revisionOf(FrontKey front, long id) {
        return store.revision(id)
                .filter(revision -> revision.front().equals(front))
                .orElseThrow(() -> new RuleViolation("No such arrangement of this front."));
    }

    /** Why readers see the next automatic story in a slot instead of its own, or {@code null} if they see it. */
    private static String attention(StoryState state, Instant now) {
        if (state == null) {
            return "This story no longer exists: readers see the next latest story here.";
        }
        if (state.status() != ArticleStatus.PUBLISHED) {
            return "This story is not published: readers see the next latest story here.";
        }
        if (!state.visibleAt(now)) {
            return "This story's time has not come: readers see the next latest story here until then.";
        }
        return null;
    }

    private static String shownAs(FrontSlot slot, Map<Long, StoryState> states) {
        StoryState state = states.get(slot.articleId());
        String headline = slot.headline() != null
                ? slot.headline()
                : state == null ? "Story " + slot.articleId() : state.headline();
        return headline
                + (slot.deck() == null ? "" : " — " + slot.deck())
                + (slot.imageId() == null ? "" : " [picture " + slot.imageId() + "]");
    }

    private static String describe(List<FrontSlot> slots) {
        return slots.isEmpty()
                ? "No chosen stories"
                : "Stories "
                        + slots.stream().map(s -> String.valueOf(s.articleId())).collect(Collectors.joining(", "));
    }

    private static void editorOnly(Actor actor) {
        if (!actor.can(StaffRole.EDITOR)) {
            throw new AccessDeniedException("Only editors arrange the fronts.");
        }
    }
}
