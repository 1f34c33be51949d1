package org.newsroom.article;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.DueItems;
import org.newsroom.platform.RunObservations;
import org.newsroom.platform.ScheduledWork;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes what is due: scheduled first publications and scheduled updates. The {@link org.newsroom.platform.DueTimer}
 * wakes it at the next story's time on every instance, and it also runs every few seconds as a safety net, and once at
 * start-up (the platform's {@code ScheduledWorkSweep}), so that a story whose time passed while the application was down goes out
 * at once.
 * Each story is taken with {@code FOR UPDATE SKIP LOCKED} inside the transaction that publishes it, so that with
 * several instances each story is published exactly once. A story that fails keeps its schedule, marked with the
 * reason, and shows as failed in the admin area, the metrics and the health endpoint until an editor acts.
 */
@Component
class ScheduledPublisher implements ScheduledWork {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    static final int MAX_PER_RUN = 200;

    private final JdbcClient jdbc;
    private final PublishingService publishing;
    private final StaffService staff;
    private final ArticleRepository articles;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RunObservations observations;

    ScheduledPublisher(
            JdbcClient jdbc,
            PublishingService publishing,
            StaffService staff,
            ArticleRepository articles,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            Clock clock,
            RunObservations observations) {
        this.jdbc = jdbc;
        this.publishing = publishing;
        this.staff = staff;
        this.articles = articles;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.observations = observations;
    }

    /** One run, as the platform's sweep starts it every few seconds: a failure is logged and tried again. */
    void run() {
        observations.observe("scheduled-publisher", this::runOnce);
    }

    private void runOnce() {
        try {
            int published = publishDue();
            if (published > 0) {
                log.info("Published {} scheduled stor{}", published, published == 1 ? "y" : "ies");
            }
        } catch (RuntimeException e) {
            log.error("The scheduled publisher failed; it will try again", e);
        }
    }

    @Override
    public void runDue() {
        run();
    }

    /** The earliest time of a schedule that has not failed: a first publication or an update. */
    @Override
    public Optional<Instant> nextDue() {
        return jdbc.sql("""
                        select min(at) from (
                            select min(scheduled_at) as at from articles
                            where status = 'SCHEDULED' and schedule_error is null
                            union all
                            select min(scheduled_at) from article_working_copies
                            where scheduled_at is not null and schedule_error is null) as due
                        """)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Publishes everything due now; returns how many went out. */
    int publishDue() {
        return DueItems.doEach(transaction, MAX_PER_RUN, this::takeNextDue, this::publish, this::failed);
    }

    private void publish(Due due) {
        Actor actor = actorFor(due.scheduledBy());
        if (due.update()) {
            publishing.publishScheduledUpdate(due.articleId(), actor);
        } else {
            publishing.publishScheduled(due.articleId(), actor);
        }
    }

    private void failed(Due failed, RuntimeException e) {
        log.warn("Scheduled publication of story {} failed: {}", failed.articleId(), e.getMessage());
        try {
            transaction.executeWithoutResult(
                    status -> scheduleFailed(failed.articleId(), e.getMessage(), failed.scheduledBy()));
        } catch (RuntimeException recording) {
            log.error("Could not record the failure of story {}", failed.articleId(), recording);
        }
    }

    /** Records why a scheduled publication could not go out; it stays due, and shows as failed. */
    private void scheduleFailed(long id, String error, Long scheduledBy) {
        String message = error == null ? "Unknown error" : error;
        String shortened = message.length() > 500 ? message.substring(0, 500) : message;
        // Plain updates, not the entities: the error is not the editor's text, so it must not count as an edit that
        // conflicts with theirs, and two instances recording the same failure must not conflict either.
        int copies = jdbc.sql("update article_working_copies set schedule_error = :error"
                        + " where article_id = :id and scheduled_at is not null")
                .param("error", shortened)
                .param("id", id)
                .update();
        if (copies == 0) {
            jdbc.sql("update articles set schedule_error = :error where id = :id and status = 'SCHEDULED'")
                    .param("error", shortened)
                    .param("id", id)
                    .update();
        }
        audit.record(AuditEvent.of(AuditAction.SCHEDULED_PUBLICATION_FAILED)
                .by(scheduledBy, "Scheduler")
                .story(id)
                .subject(articles.findById(id).map(a -> a.toDraft().headline()).orElse(null))
                .detail(shortened));
    }

    /** The first publication due, else the first update due: a row no other instance is publishing now. */
    private Optional<Due> takeNextDue() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return firstDue("""
                        select id, scheduled_by from articles
                        where status = 'SCHEDULED' and scheduled_at <= :now and schedule_error is null
                        order by scheduled_at, id
                        """, false, now).or(() -> firstDue("""
                        select article_id, scheduled_by from article_working_copies
                        where scheduled_at <= :now and schedule_error is null
                        order by scheduled_at, article_id
                        """, true, now));
    }

    /** The first row of a query of (story id, scheduled by), locked, or skipped while another instance holds it. */
    private Optional<Due> firstDue(String query, boolean update, OffsetDateTime now) {
        return jdbc.sql(query + " limit 1 for update skip locked")
                .param("now", now)
                .query((rs, n) -> new Due(rs.getLong(1), (Long) rs.getObject(2), update))
                .optional();
    }

    /** The editor who scheduled the story; the revision and the audit log name them. */
    private Actor actorFor(Long staffId) {
        if (staffId == null) {
            throw new IllegalStateException("The staff account that scheduled this story no longer exists");
        }
        String name = staff.find(staffId).map(StaffSummary::displayName).orElse("Staff " + staffId);
        return new Actor(staffId, name + " (scheduled)", StaffRole.EDITOR);
    }

    record Due(long articleId, Long scheduledBy, boolean update) {}
}
