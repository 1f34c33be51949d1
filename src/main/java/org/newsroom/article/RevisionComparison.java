package org.newsroom.article;

import java.util.List;

/**
 * Two versions of a story side by side.
 *
 * @param left e.g. "Revision 3 · Saved by Eda Editor"
 * @param right e.g. "Live version"
 * @param fields every field, in the editor's order
 */
public record RevisionComparison(String left, String right, List<FieldDiff> fields) {

    /**
     * One field of both versions.
     *
     * @param rows for text fields, the lines side by side, as HTML with {@code <del>}/{@code <ins>} around changed
     *     words (the text itself is escaped); for other fields a single row of plain values
     */
    public record FieldDiff(String label, boolean changed, List<Row> rows) {}

    public record Row(String leftHtml, String rightHtml, boolean changed) {}

    public boolean identical() {
        return fields.stream().noneMatch(FieldDiff::changed);
    }
}
