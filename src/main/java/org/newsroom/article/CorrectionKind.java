package org.newsroom.article;

/** The kinds of public note on a story. */
public enum CorrectionKind {
    CORRECTION("Correction"),
    CLARIFICATION("Clarification"),
    UPDATE("Update");

    private final String label;

    CorrectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
