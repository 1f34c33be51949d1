package org.newsroom.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actorId the staff member who acted, or {@code null} (a failed sign-in, the scheduler)
 * @param actorName their name or, for a failed sign-in, the email that was tried
 * @param articleId the story concerned, if any
 * @param subject what the action was about, in words: a headline, an email
 * @param detail anything else worth knowing: the new role, the scheduled time
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        Long actorId,
        String actorName,
        AuditAction action,
        Long articleId,
        String subject,
        String detail,
        String clientAddress) {}
