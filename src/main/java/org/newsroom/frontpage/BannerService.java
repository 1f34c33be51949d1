package org.newsroom.frontpage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleView;
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
 * The breaking-news banner: at most one at a time, set, changed and ended by editors, each change audited. Every
 * change empties every instance's page cache: this one's through {@link BannerChanged}, the others' through the
 * database's notification (the trigger of V32). A banner past its expiry is simply no longer {@link #current()}.
 */
@Service
public class BannerService {

    /** The longest line: one line on a phone, two at most. */
    public static final int MAX_LINE = 120;
    /** A banner is news of the moment: one that would stay longer than this is a mistake in the expiry. */
    public static final Duration LONGEST = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final ArticleService articles;
    private final BannerStories stories;
    private final ArticlePaths paths;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BannerService(
            JdbcClient jdbc,
            ArticleService articles,
            ArticlePaths paths,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.stories = new BannerStories(articles);
        this.paths = paths;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The banner readers see now, if any: its link dropped when the story is no longer public. */
    @Transactional(readOnly = true)
    public Optional<Banner> current() {
        return live().map(row -> new Banner(
                row.line(),
                row.level(),
                row.articleId(),
                row.articleId() == null
                        ? null
                        : articles.findPublishedPath(row.articleId()).orElse(null),
                row.expiresAt()));
    }

    /** The live banner as the admin form shows it. */
    @Transactional(readOnly = true)
    public Optional<BannerDetails> details() {
        return live().map(row -> {
            String path = row.articleId() == null
                    ? null
                    : articles.findPublishedPath(row.articleId()).orElse(null);
            String headline = path == null ? null : stories.headline(path);
            return new BannerDetails(
                    row.id(), row.line(), row.level(), path, headline, row.expiresAt(), row.modifiedAt());
        });
    }

    /**
     * When readers last saw the banner change: set, changed, ended or, once its time has passed, expired. A page's
     * {@code Last-Modified} is never earlier, or a reader asking {@code If-Modified-Since} would keep a page without the
     * banner, or with an ended one. {@code null} when there never was a banner.
     */
    @Transactional(readOnly = true)
    public Instant lastChange() {
        OffsetDateTime last = jdbc.sql("""
                        select max(greatest(modified_at, case
                                when expires_at <= :now and (ended_at is null or expires_at < ended_at)
                                then expires_at end))
                        from front_banners
                        """)
                .param("now", utc(clock.instant()))
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
        return last == null ? null : last.toInstant();
    }

    /** Shows a new banner, in place of the live one if there is one. */
    @Transactional
    public void set(BannerInput input, Actor actor) {
        requireEditor(actor);
        ArticleView story = checked(input);
        Instant now = clock.instant();
        // One writer at a time: two editors setting a banner at once would both end the old one, then both insert.
        jdbc.sql("lock table front_banners in exclusive mode").update();
        Optional<Row> replaced = live();
        jdbc.sql("update front_banners set ended_at = :now, modified_at = :now where ended_at is null")
                .param("now", utc(now))
                .update();
        jdbc.sql("""
                        insert into front_banners (line, level, article_id, expires_at, created_at, created_by, modified_at)
                        values (:line, :level, :article, :expires, :now, :actor, :now)
                        """)
                .param("line", input.line().strip())
                .param("level", input.level().name())
                .param("article", story.id())
                .param("expires", utc(input.expiresAt()))
                .param("now", utc(now))
                .param("actor", actor.id())
                .update();
        audit.record(AuditEvent.of(AuditAction.BANNER_SET)
                .by(actor.id(), actor.name())
                .story(story.id())
                .subject(input.line().strip())
                .detail(detail(input, story)
                        + replaced.map(old -> "; replaced “" + old.line() + "”").orElse("")));
        events.publishEvent(new BannerChanged());
    }

    /** Changes the live banner {@code id}: its line, level, story or expiry. */
    @Transactional
    public void change(long id, BannerInput input, Actor actor) {
        requireEditor(actor);
        ArticleView story = checked(input);
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                        update front_banners
                        set line = :line, level = :level, article_id = :article, expires_at = :expires, modified_at = :now
                        where id = :id and ended_at is null and expires_at > :now
                        """)
                .param("line", input.line().strip())
                .param("level", input.level().name())
                .param("article", story.id())
                .param("expires", utc(input.expiresAt()))
                .param("now", utc(now))
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new RuleViolation("This banner has ended meanwhile, so nothing was changed. Set it as a new banner.");
        }
        audit.record(AuditEvent.of(AuditAction.BANNER_CHANGED)
                .by(actor.id(), actor.name())
                .story(story.id())
                .subject(input.line().strip())
                .detail(detail(input, story)));
        events.publishEvent(new BannerChanged());
    }

    /** Ends the live banner {@code id} now. Returns {@code false} when it had ended already (expired, or replaced). */
    @Transactional
    public boolean end(long id, Actor actor) {
        requireEditor(actor);
        Instant now = clock.instant();
        Optional<Row> ended = live().filter(row -> row.id() == id);
        if (ended.isEmpty()) {
            return false;
        }
        jdbc.sql("update front_banners set ended_at = :now, modified_at = :now where id = :id and ended_at is null")
                .param("now", utc(now))
                .param("id", id)
                .update();
        audit.record(AuditEvent.of(AuditAction.BANNER_ENDED)
                .by(actor.id(), actor.name())
                .story(ended.get().articleId())
                .subject(ended.get().line())
                .detail("ended before its expiry at " + paths.zoned(ended.get().expiresAt())));
        events.publishEvent(new BannerChanged());
        return true;
    }

    private Optional<Row> live() {
        return jdbc.sql("""
                        select id, line, level, article_id, expires_at, modified_at from front_banners
                        where ended_at is null and expires_at > :now
                        """)
                .param("now", utc(clock.instant()))
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("line"),
                        BannerLevel.valueOf(rs.getString("level")),
                        (Long) rs.getObject("article_id"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("modified_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private record Row(
            long id, String line, BannerLevel level, Long articleId, Instant expiresAt, Instant modifiedAt) {}

    /** The rules the form cannot check alone; each message names what to do, and the form keeps what was typed. */
    private ArticleView checked(BannerInput input) {
        if (input.line() == null || input.line().isBlank()) {
            throw new RuleViolation("line", "Write the banner's line.");
        }
        if (input.line().strip().length() > MAX_LINE) {
            throw new RuleViolation(
                    "line",
                    "Shorten the line to " + MAX_LINE + " characters or fewer (it has "
                            + input.line().strip().length() + ").");
        }
        if (input.level() == null) {
            throw new RuleViolation("level", "Choose a level: breaking or developing.");
        }
        Instant now = clock.instant();
        if (input.expiresAt() == null) {
            throw new RuleViolation("expiresAt", "Give the time the banner ends by itself.");
        }
        if (!input.expiresAt().isAfter(now)) {
            throw new RuleViolation("expiresAt", "Give an expiry time in the future.");
        }
        if (input.expiresAt().isAfter(now.plus(LONGEST))) {
            throw new RuleViolation("expiresAt", "A banner lasts 7 days at most: give an earlier expiry time.");
        }
        if (input.story() == null || input.story().isBlank()) {
            throw new RuleViolation("story", "Paste the address of the published story the banner links to.");
        }
        return stories.at(input.story());
    }

    private String detail(BannerInput input, ArticleView story) {
        return input.level().label() + ", until " + paths.zoned(input.expiresAt()) + ", links to " + story.path();
    }

    private static void requireEditor(Actor actor) {
        if (!actor.can(StaffRole.EDITOR)) {
            throw new AccessDeniedException("Only editors set the banner");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
