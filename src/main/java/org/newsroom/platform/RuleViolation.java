package org.newsroom.platform;

/**
 * A request that breaks a rule of the domain ("the last admin cannot be disabled", "this slug is taken"). The message
 * is written for the person who made the request, and {@link #field()} names the form field it belongs to, if any.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public RuleViolation(String message) {
        this(null, message);
    }

    /** The form field the message belongs next to, or {@code null} for the form as a whole. */
    public String field() {
        return field;
    }
}
