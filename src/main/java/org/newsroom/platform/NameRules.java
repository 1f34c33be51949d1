package org.newsroom.platform;

/**
 * The rules shared by everything that has a name and a slug (sections, tags, authors): what an editor types is checked
 * here, with the message shown next to the field.
 */
public final class NameRules {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_SLUG_LENGTH = 80;

    /** Slug format for forms: {@link Slugs#FORMAT}, or nothing, with spaces around it allowed. */
    public static final String SLUG_OR_EMPTY_PATTERN = "^\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*$";

    private NameRules() {}

    /** A required one-line name of at most {@code maxLength} characters, stripped. */
    public static String name(String value, int maxLength) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new RuleViolation("name", "Enter a name.");
        }
        if (name.length() > maxLength) {
            throw new RuleViolation("name", "A name has at most " + maxLength + " characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("name", "A name cannot contain control characters such as line breaks.");
        }
        return name;
    }

    /**
     * The slug asked for, or one made from the name when none is; well formed in either case.
     *
     * @param formatMessage what to say of a badly formed slug, with an example that fits the field
     */
    public static String slug(String requested, String name, int maxLength, String formatMessage) {
        String slug = requested == null ? "" : requested.strip();
        if (slug.isEmpty()) {
            slug = Slugs.slugify(name, maxLength);
            if (slug.isEmpty()) {
                throw new RuleViolation(
                        "slug", "Enter a slug: the name has no letters or digits (a–z, 0–9) to make one from.");
            }
            return slug;
        }
        if (slug.length() > maxLength) {
            throw new RuleViolation("slug", "A slug has at most " + maxLength + " characters.");
        }
        if (!Slugs.isValid(slug)) {
            throw new RuleViolation("slug", formatMessage);
        }
        return slug;
    }
}
