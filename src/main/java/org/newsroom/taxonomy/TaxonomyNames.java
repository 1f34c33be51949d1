package org.newsroom.taxonomy;

import java.util.Optional;
import org.newsroom.platform.NameRules;
import org.newsroom.platform.RuleViolation;
import org.newsroom.platform.Slugs;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The rules that a section's and a tag's name and slug share, for the services and for the forms that check them
 * before.
 */
public final class TaxonomyNames {

    /** Slug rules, as people read them. */
    public static final String SLUG_FORMAT_MESSAGE =
            "Use only lower-case letters (a–z), digits and single hyphens between them, like middle-east.";

    /** Slug format for forms: {@link Slugs#FORMAT}, or nothing, with spaces around it allowed. */
    public static final String SLUG_OR_EMPTY_PATTERN = "^\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*$";

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_SLUG_LENGTH = 80;

    private TaxonomyNames() {}

    static String name(String value) {
        return NameRules.name(value, MAX_NAME_LENGTH);
    }

    static String slug(String requested, String name) {
        return NameRules.slug(requested, name, MAX_SLUG_LENGTH, SLUG_FORMAT_MESSAGE);
    }

    /** The field message for a unique constraint a concurrent write broke, if it is this one. */
    static Optional<RuleViolation> duplicate(
            DataIntegrityViolationException e, String constraint, String field, String message) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage());
        return cause.contains(constraint) ? Optional.of(new RuleViolation(field, message)) : Optional.empty();
    }
}
