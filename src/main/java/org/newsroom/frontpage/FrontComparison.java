package org.newsroom.frontpage;

import java.util.List;

/** Two arrangements of a front side by side, slot by slot. */
public record FrontComparison(FrontRevision left, FrontRevision right, List<Row> rows) {

    /**
     * One slot in both: what each shows there ({@code null} where an arrangement has fewer slots).
     */
    public record Row(int number, String left, String right) {

        public boolean changed() {
            return !java.util.Objects.equals(left, right);
        }
    }
}
