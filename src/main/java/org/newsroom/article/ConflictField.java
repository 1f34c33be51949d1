package org.newsroom.article;

/**
 * One field of the conflict screen: what this editor typed and what the other person saved.
 *
 * @param name the form field's name
 * @param mineShown and {@code theirsShown} are what the screen shows (a section's name rather than its id)
 * @param origin where the merged story's value comes from: the screen asks only for {@link Origin#CONFLICT}
 */
public record ConflictField(
        String name,
        String label,
        String mine,
        String theirs,
        String mineShown,
        String theirsShown,
        boolean longText,
        Origin origin) {

    /** Where a field of the merged story comes from, against the version both editors started from. */
    public enum Origin {
        /** Both sides hold the same. */
        SAME,
        /** Only this editor changed it. */
        MINE,
        /** Only the other person changed it: their value is taken. */
        THEIRS,
        /** Both changed different paragraphs of it, which are combined (the body). */
        COMBINED,
        /** Both changed it, differently: the editor picks. */
        CONFLICT
    }

    /** Two sides compared without the version both started from: any difference is the editor's to pick. */
    static Origin compared(String mine, String theirs) {
        return normalize(mine).equals(normalize(theirs)) ? Origin.SAME : Origin.CONFLICT;
    }

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

    /** Both changed it differently, so the screen offers "Keep mine" and "Take theirs". */
    public boolean conflict() {
        return origin == Origin.CONFLICT;
    }

    static String normalize(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }
}
