package org.newsroom.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The marks of work done once per database, such as the demo content's seed or a renderer's run over the stored
 * bodies, each under a name of its own (table {@code applied_seeds}, which only this class reads or writes). A mark
 * is written in the caller's transaction, so that work and mark commit or roll back together.
 */
@Component
public class OneTimeRuns {

    private final JdbcClient jdbc;

    OneTimeRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the run done, unless it was already: {@code true} when this call marked it. Of two instances starting at
     * the same moment, one gets {@code true}; the other waits for its transaction and gets {@code false}.
     */
    public boolean claim(String name) {
        return jdbc.sql("insert into applied_seeds (name) values (:name) on conflict (name) do nothing")
                        .param("name", name)
                        .update()
                > 0;
    }

    public boolean isDone(String name) {
        return jdbc.sql("select exists (select 1 from applied_seeds where name = :name)")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    /** When the latest of the runs whose names start with this prefix was marked, if any was. */
    public Optional<Instant> lastDoneAt(String prefix) {
        return jdbc.sql("select max(applied_at) from applied_seeds where starts_with(name, :prefix)")
                .param("prefix", prefix)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}
