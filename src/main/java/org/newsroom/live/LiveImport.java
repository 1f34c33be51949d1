package org.newsroom.live;

import static org.newsroom.live.LiveRows.at;
import static org.newsroom.live.LiveRows.blankToNull;
import static org.newsroom.live.LiveRows.validate;

import java.util.Comparator;
import java.util.List;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticlesChanged;
import org.newsroom.platform.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage that already happened, given to a published story (the demo content's Geneva II talks): started, its
 * entries posted at their own times by their own authors, one maybe pinned, and ended if it did.
 */
@Service
public class LiveImport {

    private final JdbcClient jdbc;
    private final LiveRows rows;
    private final ArticleService articles;
    private final ApplicationEventPublisher events;

    LiveImport(JdbcClient jdbc, LiveRows rows, ArticleService articles, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.articles = articles;
        this.events = events;
    }

    /**
     * Imports the coverage of a published story. Each entry's text is its first revision, saved by its author; as with
     * a story imported published, nobody's action is audited, for none was taken here. A story that is live already is
     * refused, and so are entries outside the coverage's time.
     */
    @Transactional
    public void importCoverage(long storyId, PastCoverage coverage) {
        if (articles.findPublishedPath(storyId).isEmpty()) {
            throw new LiveEntryNotFoundException("No such published story");
        }
        check(coverage);
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
                .sorted(Comparator.comparing(PastCoverage.Entry::postedAt))
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
                    .param("html", rows.render(e.bodyMarkdown()))
                    .param("author", e.author().strip())
                    .param("key", e.keyEvent())
                    .query(Long.class)
                    .single();
            rows.saveRevision(
                    id,
                    1,
                    e.title(),
                    e.bodyMarkdown(),
                    e.keyEvent(),
                    e.postedAt(),
                    e.author().strip());
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
        events.publishEvent(new ArticlesChanged(storyId));
    }

    private static void check(PastCoverage coverage) {
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
    }
}
