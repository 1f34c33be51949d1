package org.newsroom.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;
import org.newsroom.article.StoryMerge.BodyPart;
import org.newsroom.article.StoryMerge.Conflict;
import org.newsroom.article.StoryMerge.Side;

/**
 * The body as a sequence of paragraphs (text between blank lines), for git's merge: {@link StoryMerge}'s three-way merge
 * of the body, on its own so that the merge of a story's fields reads apart from JGit's sequences.
 */
final class BodyParagraphs extends Sequence {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private static final SequenceComparator<BodyParagraphs> COMPARATOR = new SequenceComparator<>() {
        @Override
        public boolean equals(BodyParagraphs a, int ai, BodyParagraphs b, int bi) {
            return a.items.get(ai).equals(b.items.get(bi));
        }

        @Override
        public int hash(BodyParagraphs sequence, int index) {
            return sequence.items.get(index).hashCode();
        }
    };

    private final List<String> items;

    private BodyParagraphs(String text) {
        this.items = text.isEmpty()
                ? List.of()
                : Arrays.stream(BLANK_LINES.split(text)).map(String::strip).toList();
    }

    @Override
    public int size() {
        return items.size();
    }

    private String join(int begin, int end) {
        return String.join("\n\n", items.subList(begin, end));
    }

    /** The body merged: settled runs of paragraphs, each with who wrote it, and the conflicts between them. */
    static List<BodyPart> merge(String base, String mine, String theirs) {
        MergeResult<BodyParagraphs> result = new MergeAlgorithm(
                        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM))
                .merge(COMPARATOR, new BodyParagraphs(base), new BodyParagraphs(mine), new BodyParagraphs(theirs));
        List<BodyParagraphs> sides = result.getSequences();
        List<BodyPart> parts = new ArrayList<>();
        String conflictMine = null;
        String conflictTheirs = null;
        int conflicts = 0;
        for (MergeChunk chunk : result) {
            BodyParagraphs side = sides.get(chunk.getSequenceIndex());
            String text = side.join(chunk.getBegin(), chunk.getEnd());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> {
                    if (conflictMine != null) {
                        parts.add(new BodyPart(null, null, 0, new Conflict(++conflicts, conflictMine, conflictTheirs)));
                        conflictMine = null;
                    }
                    Side from =
                            switch (chunk.getSequenceIndex()) {
                                case 1 -> Side.MINE;
                                case 2 -> Side.THEIRS;
                                default -> null;
                            };
                    parts.add(new BodyPart(text, from, chunk.getEnd() - chunk.getBegin(), null));
                }
                case FIRST_CONFLICTING_RANGE -> {
                    if (conflictMine != null) {
                        parts.add(new BodyPart(null, null, 0, new Conflict(++conflicts, conflictMine, conflictTheirs)));
                    }
                    conflictMine = text;
                    conflictTheirs = "";
                }
                case NEXT_CONFLICTING_RANGE -> conflictTheirs = text;
                case BASE_CONFLICTING_RANGE -> {
                    // The text both started from: the screen shows the two sides, not the base.
                }
            }
        }
        if (conflictMine != null) {
            parts.add(new BodyPart(null, null, 0, new Conflict(++conflicts, conflictMine, conflictTheirs)));
        }
        return List.copyOf(parts);
    }
}
