package org.newsroom.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's clock in tests: real time, moved forward by whatever a test asks. Tests that move it call
 * {@link #reset()} when they are done, so that the others see real time, and no row that the test wrote ahead of
 * time: a story published in the future would stand above every later test's stories, and a page's
 * {@code Last-Modified} would stay in the future, hiding later tests' changes.
 */
public class TestClock extends Clock {

    /**
     * The times the application writes from its clock, by table, and that mean the past when they are in the future.
     * Left out: scheduled times (a schedule is meant to be ahead), revisions and the audit log (which nothing may
     * change; they list one story's or one actor's history, in order).
     */
    private static final Map<String, List<String>> TIMES = Map.ofEntries(
            Map.entry("articles", List.of("created_at", "modified_at", "published_at", "updated_at", "review_note_at")),
            Map.entry("article_working_copies", List.of("modified_at")),
            Map.entry("article_corrections", List.of("published_at")),
            Map.entry("article_redirects", List.of("created_at")),
            Map.entry("article_edit_locks", List.of("taken_at", "since", "heartbeat_at")),
            Map.entry("sections", List.of("created_at", "modified_at")),
            Map.entry("tags", List.of("created_at")),
            Map.entry("authors", List.of("created_at", "modified_at")),
            Map.entry("staff_users", List.of("created_at", "modified_at")),
            Map.entry("media_images", List.of("created_at", "modified_at")),
            Map.entry("listing_changes", List.of("changed_at")),
            Map.entry("front_banners", List.of("created_at", "modified_at")),
            Map.entry("login_failures", List.of("failed_at")));

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Supplier<JdbcClient> jdbc;

    public TestClock(Supplier<JdbcClient> jdbc) {
        this.jdbc = jdbc;
    }

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    /** Real time again, and every time written ahead of it brought back to now. */
    public void reset() {
        boolean wasAhead = offset.getAndSet(Duration.ZERO).isPositive();
        if (wasAhead) {
            TIMES.forEach((table, columns) -> jdbc.get()
                    .sql("update " + table + " set "
                            + columns.stream()
                                    .map(column -> column + " = least(" + column + ", now())")
                                    .collect(Collectors.joining(", "))
                            + " where "
                            + columns.stream()
                                    .map(column -> column + " > now()")
                                    .collect(Collectors.joining(" or ")))
                    .update());
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application clock is always UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
