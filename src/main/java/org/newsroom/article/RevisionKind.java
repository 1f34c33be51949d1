package org.newsroom.article;

/** What made a revision. */
public enum RevisionKind {
    CREATED("Created"),
    SAVED("Saved"),
    AUTOSAVED("Autosaved"),
    SUBMITTED("Submitted for review"),
    PUBLISHED("Published"),
    UPDATE_PUBLISHED("Update published"),
    RESTORED("Restored"),
    MERGED("Merged after a conflict"),
    /** Text a conflict's resolution left out, kept so that no one's words are lost. */
    NOT_TAKEN("Not taken in a merge");

    private final String label;

    RevisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
