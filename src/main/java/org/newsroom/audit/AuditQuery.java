package org.newsroom.audit;

import java.time.LocalDate;

/** Filters of the audit view; every one is optional. */
public record AuditQuery(AuditAction action, String actor, Long articleId, LocalDate from, LocalDate to, int page) {

    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        page = Math.max(1, page);
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }
}
