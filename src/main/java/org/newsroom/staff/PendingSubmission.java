package org.newsroom.staff;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A form that was posted after its author's session had expired: kept in the new session while they sign in again,
 * so that the page they return to can show their text instead of losing it.
 *
 * @param postPath where the form was posted, e.g. {@code /admin/articles/42}
 * @param parameters the form's fields, without the CSRF token
 * @param returnTo the admin page to go back to after signing in
 */
public record PendingSubmission(String postPath, Map<String, List<String>> parameters, String returnTo)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = PendingSubmission.class.getName();

    public String first(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public List<String> all(String name) {
        return parameters.getOrDefault(name, List.of());
    }
}
