package org.newsroom.article;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scheduled publications that did not go out: overdue (their time passed more than {@link #GRACE} ago) or failed.
 * Exposed as the gauges {@code newsroom.scheduled.overdue} and {@code newsroom.scheduled.failed}, and as the health
 * component {@code scheduledPublishing}, which is DOWN while any is overdue. It is not part of the readiness group:
 * a stuck story must alert people, not take the site out of the load balancer.
 */
@Component("scheduledPublishing")
class ScheduleMonitor extends AbstractHealthIndicator implements MeterBinder {

    static final Duration GRACE = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduleMonitor(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Scheduled publications whose time passed more than a minute ago, failed ones included. */
    long overdue() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant().minus(GRACE), ZoneOffset.UTC);
        return jdbc.sql("""
                        select (select count(*) from articles where status = 'SCHEDULED' and scheduled_at < :cutoff)
                             + (select count(*) from article_working_copies where scheduled_at < :cutoff)
                        """).param("cutoff", cutoff).query(Long.class).single();
    }

    long failed() {
        return jdbc.sql("""
                        select (select count(*) from articles where status = 'SCHEDULED' and schedule_error is not null)
                             + (select count(*) from article_working_copies
                                where scheduled_at is not null and schedule_error is not null)
                        """).query(Long.class).single();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long overdue = overdue();
        long failed = failed();
        (overdue > 0 ? builder.down() : builder.up())
                .withDetail("overdue", overdue)
                .withDetail("failed", failed);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("newsroom.scheduled.overdue", this, ScheduleMonitor::overdue)
                .description("Scheduled publications more than a minute past their time")
                .register(registry);
        Gauge.builder("newsroom.scheduled.failed", this, ScheduleMonitor::failed)
                .description("Scheduled publications that failed and wait for an editor")
                .register(registry);
    }
}
