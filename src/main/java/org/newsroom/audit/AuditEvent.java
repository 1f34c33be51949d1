package org.newsroom.audit;

/**
 * What an entry of the log is to say, before it is recorded: the action, and whatever is known of it. Callers name
 * only what they know ({@code AuditEvent.of(action).by(id, name).subject(headline)}); the rest stays empty, rather than
 * a row of positional {@code null}s where a subject and a detail are easily swapped.
 *
 * @see AuditEntry for what each part means
 */
public record AuditEvent(
        AuditAction action,
        Long actorId,
        String actorName,
        Long articleId,
        String subject,
        String detail,
        String clientAddress) {

    public static AuditEvent of(AuditAction action) {
        return new AuditEvent(action, null, null, null, null, null, null);
    }

    /** Who acted: a staff member's id (or {@code null}) and the name to show. */
    public AuditEvent by(Long id, String name) {
        return new AuditEvent(action, id, name, articleId, subject, detail, clientAddress);
    }

    public AuditEvent story(Long id) {
        return new AuditEvent(action, actorId, actorName, id, subject, detail, clientAddress);
    }

    public AuditEvent subject(String text) {
        return new AuditEvent(action, actorId, actorName, articleId, text, detail, clientAddress);
    }

    public AuditEvent detail(String text) {
        return new AuditEvent(action, actorId, actorName, articleId, subject, text, clientAddress);
    }

    /** The address the request came from, for sign-ins. */
    public AuditEvent from(String address) {
        return new AuditEvent(action, actorId, actorName, articleId, subject, detail, address);
    }
}
