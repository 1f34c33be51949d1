package org.newsroom.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.article.ArticleService;
import org.newsroom.article.MarkdownRenderer;
import org.newsroom.article.StoryState;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live coverage: what editors do to a live story and its entries, and what readers see of it. Every change readers
 * may see takes a new change number (the database's {@code live_change_seq}); the database's triggers then name the
 * story's pages for the caches and notify every instance (V45). Entries' texts are revisioned, and every action is in
 * the audit log. Editors and admins act here; writers do not.
 */
@Service
public class LiveService {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 20_000;

    private final JdbcClient jdbc;
    private final ArticleService articles;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final Clock clock;
    private final LiveProperties settings;
    private final EntryMarkup markup;
    private final org.springframework.context.ApplicationEventPublisher events;

    LiveService(
            JdbcClient jdbc,
            ArticleService articles,
            MarkdownRenderer markdown,
            AuditLog audit,
            Clock clock,
            LiveProperties settings,
            EntryMarkup markup,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.markdown = markdown;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.markup = markup;
        this.events = events;
    }

    // ----- editors

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
        LiveStorySummary story = findStory(storyId).orElseThrow(() -> new LiveEntryNotFoundException("Not live"));
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
                .param("html", render(storyId, draft.bodyMarkdown()))
                .param("authorId", actor.id())
                .param("author", actor.name())
                .param("key", draft.keyEvent())
                .query(Long.class)
                .single();
        saveRevision(id, 1, draft, actor, now);
        record(draft.post() ? AuditAction.LIVE_ENTRY_POSTED : AuditAction.LIVE_ENTRY_DRAFTED, actor, storyId, id);
        return id;
    }

    /** Edits an entry; a posted entry is then marked "updated". A draft edited with {@code post} set is posted. */
    @Transactional
    public void edit(long entryId, EntryDraft draft, Actor actor) {
        requireEditor(actor);
        validate(draft);
        EntryRow row = entry(entryId).orElseThrow(() -> new LiveEntryNotFoundException("No such entry"));
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
                .param("html", render(row.storyId(), draft.bodyMarkdown()))
                .param("key", draft.keyEvent())
                .param("posting", posting)
                .param("now", at(now))
                .param("id", entryId)
                .update();
        saveRevision(entryId, row.revision() + 1, draft, actor, now);
        record(posting ? AuditAction.LIVE_ENTRY_POSTED : AuditAction.LIVE_ENTRY_EDITED, actor, row.storyId(), entryId);
    }

    /** Marks or unmarks an entry as a key event, as an edit. */
    @Transactional
    public void markKeyEvent(long entryId, boolean keyEvent, Actor actor) {
        EntryRow row = entry(entryId).orElseThrow(() -> new LiveEntryNotFoundException("No such entry"));
        edit(entryId, new EntryDraft(row.title(), row.bodyMarkdown(), keyEvent, row.postedAt() != null), actor);
    }

    /** Deletes an entry: it vanishes for readers, and open pages remove it. Its revisions stay. */
    @Transactional
    public void delete(long entryId, Actor actor) {
        requireEditor(actor);
        EntryRow row = entry(entryId).orElseThrow(() -> new LiveEntryNotFoundException("No such entry"));
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
            EntryRow row = entry(entryId)
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
     * Gives a published story coverage that already happened (the demo content): started, its entries posted at their
     * own times by their own authors, one maybe pinned, and ended if it did. Each entry's text is its first revision,
     * saved by its author; as with a story imported published, nobody's action is audited, for none was taken here. A
     * story that is live already is refused, and so are entries outside the coverage's time.
     */
    @Transactional
    public void importCoverage(long storyId, PastCoverage coverage) {
        if (articles.findPublishedPath(storyId).isEmpty()) {
            throw new LiveEntryNotFoundException("No such published story");
        }
        if (coverage.startedAt() == null
                || coverage.startedBy() == null
                || coverage.startedBy().isBlank()) {
            throw new RuleViolation("Coverage needs its start and who started it.");
        }
        if (coverage.endedAt() != null && coverage.endedAt().isBefore(coverage.startedAt())) {
            throw new RuleViolation("Coverage cannot end before it starts.");
        }
        if (coverage.entries().stream().filter(PastCoverage.Entry::pinned).count() > 1) {
            throw new RuleViolation("One entry at most is pinned.");
        }
        for (PastCoverage.Entry e : coverage.entries()) {
            validate(new EntryDraft(e.title(), e.bodyMarkdown(), e.keyEvent(), true));
            if (e.postedAt() == null
                    || e.postedAt().isBefore(coverage.startedAt())
                    || (coverage.endedAt() != null && e.postedAt().isAfter(coverage.endedAt()))) {
                throw new RuleViolation("An entry is posted while the coverage runs: " + e.postedAt());
            }
            if (e.author() == null || e.author().isBlank()) {
                throw new RuleViolation("An entry needs its author.");
            }
        }
        int made = jdbc.sql("""
                        insert into live_stories (article_id, started_at, started_by, ended_at)
                        values (:id, :started, :by, :ended) on conflict (article_id) do nothing
                        """)
                .param("id", storyId)
                .param("started", at(coverage.startedAt()))
                .param("by", coverage.startedBy())
                .param("ended", coverage.endedAt() == null ? null : at(coverage.endedAt()))
                .update();
        if (made == 0) {
            throw new RuleViolation("The story has coverage already.");
        }
        Long pinned = null;
        // Oldest first, so that the change numbers follow the entries' times.
        List<PastCoverage.Entry> entries = coverage.entries().stream()
                .sorted(java.util.Comparator.comparing(PastCoverage.Entry::postedAt))
                .toList();
        for (PastCoverage.Entry e : entries) {
            long id = jdbc.sql("""
                            insert into live_entries
                                (article_id, posted_at, title, body_markdown, body_html, author_name, key_event)
                            values (:story, :posted, :title, :body, :html, :author, :key)
                            returning id
                            """)
                    .param("story", storyId)
                    .param("posted", at(e.postedAt()))
                    .param("title", blankToNull(e.title()))
                    .param("body", e.bodyMarkdown())
                    .param("html", render(storyId, e.bodyMarkdown()))
                    .param("author", e.author().strip())
                    .param("key", e.keyEvent())
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into live_entry_revisions
                                (entry_id, revision, title, body_markdown, key_event, saved_at, saved_by)
                            values (:entry, 1, :title, :body, :key, :at, :by)
                            """)
                    .param("entry", id)
                    .param("title", blankToNull(e.title()))
                    .param("body", e.bodyMarkdown())
                    .param("key", e.keyEvent())
                    .param("at", at(e.postedAt()))
                    .param("by", e.author().strip())
                    .update();
            if (e.pinned()) {
                pinned = id;
            }
        }
        if (pinned != null) {
            jdbc.sql("""
                            update live_stories set pinned_entry_id = :entry, change_seq = nextval('live_change_seq')
                            where article_id = :story
                            """).param("entry", pinned).param("story", storyId).update();
        }
        events.publishEvent(new org.newsroom.article.ArticlesChanged(storyId));
    }

    // ----- the admin screens

    @Transactional(readOnly = true)
    public List<LiveStorySummary> stories() {
        return jdbc.sql("""
                        select s.article_id, s.started_at, s.ended_at,
                               count(e.id) filter (where e.posted_at is not null and e.deleted_at is null) as entries,
                               count(e.id) filter (where e.posted_at is null and e.deleted_at is null) as drafts
                        from live_stories s left join live_entries e on e.article_id = s.article_id
                        group by s.article_id order by s.ended_at is not null, s.started_at desc
                        """).query(LiveService::summary).list();
    }

    @Transactional(readOnly = true)
    public Optional<LiveStorySummary> findStory(long storyId) {
        return jdbc.sql("""
                        select s.article_id, s.started_at, s.ended_at,
                               count(e.id) filter (where e.posted_at is not null and e.deleted_at is null) as entries,
                               count(e.id) filter (where e.posted_at is null and e.deleted_at is null) as drafts
                        from live_stories s left join live_entries e on e.article_id = s.article_id
                        where s.article_id = :id group by s.article_id
                        """).param("id", storyId).query(LiveService::summary).optional();
    }

    /** The headlines of these stories, for the admin screens. */
    @Transactional(readOnly = true)
    public Map<Long, StoryState> states(java.util.Collection<Long> ids) {
        return articles.states(ids);
    }

    /** Every entry of a story not deleted, drafts first, then newest first: the editor's list. */
    @Transactional(readOnly = true)
    public List<EditableEntry> editableEntries(long storyId) {
        Long pinned = pinnedOf(storyId);
        return jdbc.sql("""
                        select * from live_entries where article_id = :id and deleted_at is null
                        order by posted_at desc nulls first, id desc
                        """)
                .param("id", storyId)
                .query((rs, n) -> {
                    EntryRow row = entryRow(rs);
                    return new EditableEntry(
                            row.id(),
                            row.postedAt(),
                            (Instant) instant(rs, "updated_at"),
                            row.title(),
                            row.bodyMarkdown(),
                            rs.getString("body_html"),
                            rs.getString("author_name"),
                            row.keyEvent(),
                            row.revision(),
                            pinned != null && pinned == row.id());
                })
                .list();
    }

    /** An entry as the editor shows it. */
    public record EditableEntry(
            long id,
            Instant postedAt,
            Instant updatedAt,
            String title,
            String bodyMarkdown,
            String bodyHtml,
            String author,
            boolean keyEvent,
            int revision,
            boolean pinned) {

        public boolean draft() {
            return postedAt == null;
        }
    }

    /** An entry's saved texts, newest first. */
    @Transactional(readOnly = true)
    public List<EntryRevision> revisions(long entryId) {
        return jdbc.sql("""
                        select revision, title, body_markdown, key_event, saved_at, saved_by
                        from live_entry_revisions where entry_id = :id order by revision desc
                        """)
                .param("id", entryId)
                .query((rs, n) -> new EntryRevision(
                        rs.getInt("revision"),
                        rs.getString("title"),
                        rs.getString("body_markdown"),
                        rs.getBoolean("key_event"),
                        instant(rs, "saved_at"),
                        rs.getString("saved_by")))
                .list();
    }

    public record EntryRevision(
            int revision, String title, String bodyMarkdown, boolean keyEvent, Instant savedAt, String savedBy) {}

    // ----- readers

    /**
     * The coverage of a story for its page, or empty when the story was never live. The caller has checked that the
     * story is published. {@code before} is the "Older updates" keyset (an entry id); {@code entry} an entry the page
     * must show wherever it is (a permalink): its page of entries is the one that holds it.
     */
    @Transactional(readOnly = true)
    public Optional<LiveCoverage> coverage(long storyId, Long before, Long entry) {
        record Story(Instant startedAt, Instant endedAt, Long pinned, long change) {}
        Optional<Story> story = jdbc.sql("""
                        select started_at, ended_at, pinned_entry_id,
                               greatest(s.change_seq, (select max(change_seq) from live_entries e
                                                       where e.article_id = s.article_id
                                                         and e.posted_at is not null)) as change
                        from live_stories s where article_id = :id
                        """)
                .param("id", storyId)
                .query((rs, n) -> new Story(
                        instant(rs, "started_at"),
                        instant(rs, "ended_at"),
                        (Long) rs.getObject("pinned_entry_id"),
                        rs.getLong("change")))
                .optional();
        if (story.isEmpty()) {
            return Optional.empty();
        }
        Story s = story.get();
        int size = settings.pageSize();
        Long from = before;
        boolean newest = before == null;
        if (entry != null && visible(storyId, entry).isPresent()) {
            // The page of entries that holds this one: those from it back, with the newer ones of its page.
            from = jdbc.sql("""
                            select id from live_entries e
                            where article_id = :story and posted_at is not null and deleted_at is null
                              and (posted_at, id) > (select posted_at, id from live_entries where id = :entry)
                            order by posted_at, id limit 1 offset :skip
                            """)
                    .param("story", storyId)
                    .param("entry", entry)
                    .param("skip", size / 2 - 1)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            newest = from == null;
        }
        List<LiveEntry> page = jdbc.sql(VISIBLE + """
                         and (cast(:before as bigint) is null
                              or (posted_at, id) < (select posted_at, id from live_entries where id = :before))
                        order by posted_at desc, id desc limit :limit
                        """)
                .param("story", storyId)
                .param("before", from)
                .param("limit", size + 1)
                .query(this::liveEntry)
                .list();
        Long older = page.size() > size ? page.get(size - 1).id() : null;
        List<LiveEntry> entries = page.size() > size ? page.subList(0, size) : page;
        List<LiveEntry> keyEvents = jdbc.sql(VISIBLE + " and key_event order by posted_at desc, id desc limit 50")
                .param("story", storyId)
                .query(this::liveEntry)
                .list();
        LiveEntry pinned =
                s.pinned() == null ? null : visible(storyId, s.pinned()).orElse(null);
        return Optional.of(new LiveCoverage(
                storyId, s.startedAt(), s.endedAt(), pinned, keyEvents, entries, older, s.change(), newest));
    }

    /** Whether readers see this story's coverage: it was made live and the story is published. */
    @Transactional(readOnly = true)
    public boolean isPublic(long storyId) {
        return articles.findPublishedPath(storyId).isPresent()
                && jdbc.sql("select count(*) from live_stories where article_id = :id")
                                .param("id", storyId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * What readers must learn of a story after change {@code after}: posted entries changed since (deleted ones
     * marked), the pinned entry and the end. Drafts are never in it.
     */
    @Transactional(readOnly = true)
    public LiveChanges changesSince(long storyId, long after, int limit) {
        List<LiveEntry> entries = jdbc.sql("""
                        select * from live_entries
                        where article_id = :story and posted_at is not null and change_seq > :after
                        order by change_seq limit :limit
                        """)
                .param("story", storyId)
                .param("after", after)
                .param("limit", limit)
                .query(this::liveEntry)
                .list();
        record Story(Long pinned, Instant endedAt, long change) {}
        Story story = jdbc.sql("select pinned_entry_id, ended_at, change_seq from live_stories where article_id = :id")
                .param("id", storyId)
                .query((rs, n) -> new Story(
                        (Long) rs.getObject("pinned_entry_id"), instant(rs, "ended_at"), rs.getLong("change_seq")))
                .optional()
                .orElseThrow(() -> new LiveEntryNotFoundException("Not live"));
        long change = after;
        for (LiveEntry e : entries) {
            change = Math.max(change, e.change());
        }
        if (entries.size() < limit) {
            change = Math.max(change, story.change());
        }
        return new LiveChanges(storyId, entries, story.pinned(), story.endedAt(), change);
    }

    /** Entries the story's Atom entry lists as its updates, newest first. */
    @Transactional(readOnly = true)
    public List<LiveEntry> latestEntries(long storyId, int limit) {
        return jdbc.sql(VISIBLE + " order by posted_at desc, id desc limit :limit")
                .param("story", storyId)
                .param("limit", limit)
                .query(this::liveEntry)
                .list();
    }

    /** Of these stories, the ones made live (their coverage ended or not). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> liveAmong(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select article_id from live_stories where article_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    private static final String VISIBLE = """
            select * from live_entries
            where article_id = :story and posted_at is not null and deleted_at is null
            """;

    private Optional<LiveEntry> visible(long storyId, long entryId) {
        return jdbc.sql(VISIBLE + " and id = :id")
                .param("story", storyId)
                .param("id", entryId)
                .query(this::liveEntry)
                .optional();
    }

    private Long pinnedOf(long storyId) {
        return jdbc.sql("select pinned_entry_id from live_stories where article_id = :id")
                .param("id", storyId)
                .query((rs, n) -> (Long) rs.getObject(1))
                .optional()
                .orElse(null);
    }

    record EntryRow(
            long id,
            long storyId,
            Instant postedAt,
            String title,
            String bodyMarkdown,
            boolean keyEvent,
            int revision) {}

    private Optional<EntryRow> entry(long id) {
        return jdbc.sql("select * from live_entries where id = :id and deleted_at is null")
                .param("id", id)
                .query((rs, n) -> entryRow(rs))
                .optional();
    }

    private static EntryRow entryRow(ResultSet rs) throws SQLException {
        return new EntryRow(
                rs.getLong("id"),
                rs.getLong("article_id"),
                instant(rs, "posted_at"),
                rs.getString("title"),
                rs.getString("body_markdown"),
                rs.getBoolean("key_event"),
                rs.getInt("revision"));
    }

    private LiveEntry liveEntry(ResultSet rs, int n) throws SQLException {
        boolean deleted = rs.getObject("deleted_at") != null;
        long id = rs.getLong("id");
        Instant postedAt = instant(rs, "posted_at");
        Instant updatedAt = instant(rs, "updated_at");
        // The title as readers see it, in the typography of the body (as a story's headline is set for readers).
        String title = deleted ? null : org.newsroom.platform.Typography.text(rs.getString("title"), "en");
        String body = deleted ? "" : rs.getString("body_html");
        String author = rs.getString("author_name");
        boolean key = rs.getBoolean("key_event");
        return new LiveEntry(
                id,
                rs.getLong("article_id"),
                postedAt,
                updatedAt,
                title,
                body,
                author,
                key,
                deleted,
                rs.getLong("change_seq"),
                deleted ? "" : markup.of(id, postedAt, updatedAt, title, body, author, key));
    }

    private static LiveStorySummary summary(ResultSet rs, int n) throws SQLException {
        return new LiveStorySummary(
                rs.getLong("article_id"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getLong("entries"),
                rs.getLong("drafts"));
    }

    private void saveRevision(long entryId, int revision, EntryDraft draft, Actor actor, Instant now) {
        jdbc.sql("""
                        insert into live_entry_revisions
                            (entry_id, revision, title, body_markdown, key_event, saved_at, saved_by)
                        values (:entry, :revision, :title, :body, :key, :now, :by)
                        """)
                .param("entry", entryId)
                .param("revision", revision)
                .param("title", blankToNull(draft.title()))
                .param("body", draft.bodyMarkdown())
                .param("key", draft.keyEvent())
                .param("now", at(now))
                .param("by", actor.name())
                .update();
    }

    private String render(long storyId, String body) {
        // Entries are set in English typography: the article module tells no story's language by its id yet.
        return markdown.toSafeHtml(body, "en");
    }

    /**
     * Audits an action, and drops this instance's cached pages of the story once it commits, so that the editor sees
     * the change at once (the database's notification, a moment later, tells every instance).
     */
    private void record(AuditAction action, Actor actor, long storyId, Long entryId) {
        events.publishEvent(new org.newsroom.article.ArticlesChanged(storyId));
        audit.record(AuditEvent.of(action)
                .by(actor.id(), actor.name())
                .story(storyId)
                .detail(entryId == null ? null : "Entry " + entryId));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.can(StaffRole.EDITOR)) {
            throw new org.springframework.security.access.AccessDeniedException("Live coverage is for editors");
        }
    }

    private static void validate(EntryDraft draft) {
        if (draft.bodyMarkdown() == null || draft.bodyMarkdown().isBlank()) {
            throw new RuleViolation("bodyMarkdown", "Write the entry.");
        }
        if (draft.bodyMarkdown().length() > MAX_BODY) {
            throw new RuleViolation("bodyMarkdown", "An entry is at most " + MAX_BODY + " characters.");
        }
        if (draft.title() != null && draft.title().length() > MAX_TITLE) {
            throw new RuleViolation("title", "A title is at most " + MAX_TITLE + " characters.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
