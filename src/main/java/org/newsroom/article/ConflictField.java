package org.newsroom.article;

/**
 * One field of the conflict screen: what this editor typed and what the other person saved.
 *
 * @param name the form field's name
 * @param mineShown and {@code theirsShown} are what the screen shows (a section's name rather than its id)
 */
public record ConflictField(
        String name, String label, String mine, String theirs, String mineShown, String theirsShown, boolean longText) {

    /** Nothing on this side: the screen shows it as "(empty)", the same way for every field. */
    public boolean mineEmpty() {
        return normalize(mineShown).isEmpty();
    }

    public boolean theirsEmpty() {
        return normalize(theirsShown).isEmpty();
    }

    public boolean differs() {
        return !normalize(mine).equals(normalize(theirs));
    }

    private static String normalize(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }
}
