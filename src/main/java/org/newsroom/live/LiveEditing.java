package org.newsroom.live;

import static org.newsroom.live.LiveRows.at;
import static org.newsroom.live.LiveRows.blankToNull;
import static org.newsroom.live.LiveRows.validate;

import java.time.Clock;
import java.time.Instant;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticlesChanged;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to a live story: start and end its coverage, post, edit and delete entries, mark key events and pin
 * one entry. Every change readers may see takes a new change number (the database's {@code live_change_seq}); the
 * database's triggers then name the story's pages for the caches, notify every instance and write the changes feed
 * (V45, V50). Entries' texts are revisioned, and every action is in the audit log. Editors and admins act here;
 * writers do not.
 */
@Service
public class LiveEditing {

    private final JdbcClient jdbc;
    private final LiveRows rows;
    private final ArticleService articles;
    private final AuditLog audit;
    private final Clock clock;
    private final LiveDesk desk;
    private final ApplicationEventPublisher events;

    LiveEditing(
            JdbcClient jdbc,
            LiveRows rows,
            ArticleService articles,
            AuditLog audit,
            Clock clock,
            LiveDesk desk,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.articles = articles;
        this.audit = audit;
        this.clock = clock;
        this.desk = desk;
        this.events = events;
    }

    @Transactional
    public void start(long storyId, Actor actor) {
        requireEditor(actor);
        if (articles.findStatus(storyId).isEmpty()) {
            throw new LiveEntryNotFoundException("No such story");
        }
        int made = jdbc.sql("""
                        insert into live_stories (article_id, started_at, started_by) values (:id, :now, :by)
                        on conflict (article_id) do nothing
                        """)
                .param("id", storyId)
                .param("now", at(clock.instant()))
                .param("by", actor.name())
                .update();
        if (made == 0) {
            // Coverage that had ended starts again.
            jdbc.sql("""
                            update live_stories set ended_at = null, change_seq = nextval('live_change_seq')
                            where article_id = :id and ended_at is not null
                            """).param("id", storyId).update();
        }
        record(AuditAction.LIVE_STARTED, actor, storyId, null);
    }

    @Transactional
    public void end(long storyId, Actor actor) {
        requireEditor(actor);
        int ended = jdbc.sql("""
                        update live_stories set ended_at = :now, change_seq = nextval('live_change_seq')
                        where article_id = :id and ended_at is null
                        """)
                .param("id", storyId)
                .param("now", at(clock.instant()))
                .update();
        if (ended == 0) {
            throw new RuleViolation("The coverage is not live.");
        }
        record(AuditAction.LIVE_ENDED, actor, storyId, null);
    }

    /** Writes an entry: posted at once, or kept as a draft that readers never see. Returns its id. */
    @Transactional
    public long post(long storyId, EntryDraft draft, Actor actor) {
        requireEditor(actor);
        validate(draft);
        LiveStorySummary story = desk.findStory(storyId).orElseThrow(() -> new LiveEntryNotFoundException("Not live"));
        if (story.ended() && draft.post()) {
            throw new RuleViolation("The coverage has ended: start it again to post.");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into live_entries
                            (article_id, posted_at, title, body_markdown, body_html, author_id, author_name, key_event)
                        values (:story, :posted, :title, :body, :html, :authorId, :author, :key)
                        returning id
                        """)
                .param("story", storyId)
                .param("posted", draft.post() ? at(now) : null)
                .param("title", blankToNull(draft.title()))
                .param("body", draft.bodyMarkdown())
                .param("html", rows.render(draft.bodyMarkdown()))
                .param("authorId", actor.id())
                .param("author", actor.name())
                .param("key", draft.keyEvent())
                .query(Long.class)
                .single();
        rows.saveRevision(id, 1, draft.title(), draft.bodyMarkdown(), draft.keyEvent(), now, actor.name());
        record(draft.post() ? AuditAction.LIVE_ENTRY_POSTED : AuditAction.LIVE_ENTRY_DRAFTED, actor, storyId, id);
        return id;
    }

    /** Edits an entry; a posted entry is then marked "updated". A draft edited with {@code post} set is posted. */
    @Transactional
    public void edit(long entryId, EntryDraft draft, Actor actor) {
        requireEditor(actor);
        validate(draft);
        LiveRows.EntryRow row = rows.entry(entryId).orElseThrow(() -> new LiveEntryNotFoundException("No such entry"));
        Instant now = clock.instant();
        boolean posting = row.postedAt() == null && draft.post();
        jdbc.sql("""
                        update live_entries set
                            title = :title, body_markdown = :body, body_html = :html, key_event = :key,
                            posted_at = case when :posting then :now else posted_at end,
                            updated_at = case when posted_at is not null then :now else updated_at end,
                            revision = revision + 1, change_seq = nextval('live_change_seq')
                        where id = :id
                        """)
                .param("title", blankToNull(draft.title()))
                .param("body", draft.bodyMarkdown())
                .param("html", rows.render(draft.bodyMarkdown()))
                .param("key", draft.keyEvent())
                .param("posting", posting)
                .param("now", at(now))
                .param("id", entryId)
                .update();
        rows.saveRevision(
                entryId, row.revision() + 1, draft.title(), draft.bodyMarkdown(), draft.keyEvent(), now, actor.name());
        record(posting ? AuditAction.LIVE_ENTRY_POSTED : AuditAction.LIVE_ENTRY_EDITED, actor, row.storyId(), entryId);
    }

    /** Marks or unmarks an entry as a key event, as an edit. */
    @Transactional
    public void markKeyEvent(long entryId, boolean keyEvent, Actor actor) {
        LiveRows.EntryRow row = rows.entry(entryId).orElseThrow(() -> new LiveEntryNotFoundException("No such entry"));
        edit(entryId, new EntryDraft(row.title(), row.bodyMarkdown(), keyEvent, row.postedAt() != null), actor);
    }

    /** Deletes an entry: it vanishes for readers, and open pages remove it. Its revisions stay. */
    @Transactional
    public void delete(long entryId, Actor actor) {
        requireEditor(actor);
        LiveRows.EntryRow row = rows.entry(entryId).orElseThrow(() -> new LiveEntryNotFoundException("No such entry"));
        jdbc.sql("""
                        update live_entries set deleted_at = :now, change_seq = nextval('live_change_seq')
                        where id = :id
                        """).param("now", at(clock.instant())).param("id", entryId).update();
        jdbc.sql("""
                        update live_stories set pinned_entry_id = null, change_seq = nextval('live_change_seq')
                        where pinned_entry_id = :id
                        """).param("id", entryId).update();
        record(AuditAction.LIVE_ENTRY_DELETED, actor, row.storyId(), entryId);
    }

    /** Pins a posted entry to the top of its story, or with {@code null} unpins the one pinned. */
    @Transactional
    public void pin(long storyId, Long entryId, Actor actor) {
        requireEditor(actor);
        if (entryId != null) {
            LiveRows.EntryRow row = rows.entry(entryId)
                    .filter(e -> e.storyId() == storyId && e.postedAt() != null)
                    .orElseThrow(() -> new RuleViolation("Only a posted entry of this story can be pinned."));
            entryId = row.id();
        }
        jdbc.sql("""
                        update live_stories set pinned_entry_id = :entry, change_seq = nextval('live_change_seq')
                        where article_id = :story
                        """).param("entry", entryId).param("story", storyId).update();
        record(
                entryId == null ? AuditAction.LIVE_ENTRY_UNPINNED : AuditAction.LIVE_ENTRY_PINNED,
                actor,
                storyId,
                entryId);
    }

    /**
     * Audits an action, and drops this instance's cached pages of the story once it commits, so that the editor sees
     * the change at once (the database's notification, a moment later, tells every instance).
     */
    private void record(AuditAction action, Actor actor, long storyId, Long entryId) {
        events.publishEvent(new ArticlesChanged(storyId));
        audit.record(AuditEvent.of(action)
                .by(actor.id(), actor.name())
                .story(storyId)
                .detail(entryId == null ? null : "Entry " + entryId));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.can(StaffRole.EDITOR)) {
            throw new AccessDeniedException("Live coverage is for editors");
        }
    }
}
