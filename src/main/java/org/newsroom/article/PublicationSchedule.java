package org.newsroom.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A publication set for a time: when it goes out, who set it, and why it could not go out if it failed. The live row
 * (a first publication) and the working copy (an update) keep the same three columns, so they are written once here.
 * Hibernate reads all three columns empty as {@code null}; the owners read that as {@link #NONE}.
 */
@Embeddable
record PublicationSchedule(
        @Column(name = "scheduled_at") Instant at,
        @Column(name = "scheduled_by") Long by,
        @Column(name = "schedule_error", length = 500) String error) {

    static final PublicationSchedule NONE = new PublicationSchedule(null, null, null);

    /** Set anew: any earlier failure is forgotten. */
    static PublicationSchedule of(Instant at, Long by) {
        return new PublicationSchedule(at, by, null);
    }

    static PublicationSchedule orNone(PublicationSchedule schedule) {
        return schedule == null ? NONE : schedule;
    }
}
