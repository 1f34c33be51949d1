package org.newsroom.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two versions of one story, when someone else saved while this editor was writing, merged against the version both
 * started from ({@link #threeWay}): what each changed, what merges by itself, and the few fields and paragraphs both
 * changed, which the editor picks. Without that version, it compares the two field by field ({@link #fields}). It
 * knows nothing of forms, pages or the database, so that it is tested on its own.
 */
public final class StoryMerge {

    /**
     * How the conflict screen names a value that is an id or a code, which the article module cannot name by itself: a
     * section by its name, a language by its name in the admin's language, a lead image by what it is.
     */
    public interface Shown {

        String section(Long sectionId);

        String language(String code);

        String leadImage(LeadImage lead);
    }

    private StoryMerge() {}

    /** Every field of the story, in the editor's order, with both sides; {@link ConflictField#differs()} says which conflict. */
    public static List<ConflictField> fields(StoryInput mine, StoryInput theirs, Shown shown) {
        return Arrays.stream(StoryField.values())
                .map(field -> conflictField(field, mine, theirs, shown, null))
                .toList();
    }

    /**
     * Each field from the side the editor picked: the saved version's for the fields named in {@code takeTheirs}, the
     * editor's own for every other. The lead image goes as one field, with its alt text and caption.
     */
    public static StoryInput merge(StoryInput mine, StoryInput theirs, Set<String> takeTheirs) {
        return mine.withFieldsOf(
                theirs,
                Arrays.stream(StoryField.values())
                        .filter(field -> takeTheirs.contains(field.key()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StoryField.class))));
    }

    /**
     * The three-way merge: what each editor changed since the version both started from ({@code base}, each field's
     * text as {@link StoryField#textIn} gives it), field by field, and within the body paragraph by paragraph with
     * git's own merge. A field only one side changed takes that side's value; only a field (or a paragraph of the body)
     * both changed differently is a conflict. Without a base (a field missing from it, or {@code null}) every
     * difference is a conflict, as on a two-way comparison.
     */
    public static ThreeWay threeWay(Map<String, String> base, StoryInput mine, StoryInput theirs) {
        Map<StoryField, ConflictField.Origin> origins = new EnumMap<>(StoryField.class);
        List<BodyPart> body = List.of();
        for (StoryField field : StoryField.values()) {
            String m = ConflictField.normalize(field.textIn(mine));
            String t = ConflictField.normalize(field.textIn(theirs));
            String b = base == null || !base.containsKey(field.key())
                    ? null
                    : ConflictField.normalize(base.get(field.key()));
            ConflictField.Origin origin;
            if (m.equals(t)) {
                origin = ConflictField.Origin.SAME;
            } else if (b == null) {
                origin = ConflictField.Origin.CONFLICT;
            } else if (t.equals(b)) {
                origin = ConflictField.Origin.MINE;
            } else if (m.equals(b)) {
                origin = ConflictField.Origin.THEIRS;
            } else if (field == StoryField.BODY) {
                origin = ConflictField.Origin.COMBINED;
                body = BodyParagraphs.merge(b, m, t);
            } else {
                origin = ConflictField.Origin.CONFLICT;
            }
            origins.put(field, origin);
        }
        return new ThreeWay(mine, theirs, origins, body);
    }

    /** Which side of a paragraph both editors changed goes into the story. */
    public enum Pick {
        MINE,
        THEIRS,
        /** Mine, then theirs. */
        BOTH
    }

    /**
     * A piece of the merged body: paragraphs that merged cleanly ({@code conflict} {@code null}), or paragraphs both
     * editors changed, with both sides.
     *
     * @param from who wrote the settled paragraphs: {@code null} for text as both started with it
     */
    public record BodyPart(String settled, Side from, int paragraphs, Conflict conflict) {}

    /** Whose text a settled part of the body is. */
    public enum Side {
        MINE,
        THEIRS
    }

    /**
     * Paragraphs of the body that both editors changed, each side's as they wrote it (empty where one deleted them).
     *
     * @param number counts from 1 through the story's conflicts, the screen's {@code pick_paragraph_N}
     */
    public record Conflict(int number, String mine, String theirs) {

        public boolean mineEmpty() {
            return mine.isBlank();
        }

        public boolean theirsEmpty() {
            return theirs.isBlank();
        }
    }

    /** A story merged three ways, before and after the editor's picks. */
    public static final class ThreeWay {

        private final StoryInput mine;
        private final StoryInput theirs;
        private final Map<StoryField, ConflictField.Origin> origins;
        private final List<BodyPart> body;

        private ThreeWay(
                StoryInput mine,
                StoryInput theirs,
                Map<StoryField, ConflictField.Origin> origins,
                List<BodyPart> body) {
            this.mine = mine;
            this.theirs = theirs;
            this.origins = origins;
            this.body = body;
        }

        /** Nothing both changed differently: the merged story needs no one's choice. */
        public boolean clean() {
            return !origins.containsValue(ConflictField.Origin.CONFLICT)
                    && conflicts().isEmpty();
        }

        /** The paragraphs of the body both changed, in order. */
        public List<Conflict> conflicts() {
            return body.stream()
                    .map(BodyPart::conflict)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }

        /** Every field, in the editor's order, with both sides and where the merged value comes from. */
        public List<ConflictField> fields(Shown shown) {
            return Arrays.stream(StoryField.values())
                    .map(field -> conflictField(field, mine, theirs, shown, origins.get(field)))
                    .toList();
        }

        /**
         * The merged story: each field from the side that changed it; a field both changed from the side named in
         * {@code theirsPicked} (the other person's) or else this editor's; and the body's paragraphs both changed as
         * {@code paragraphPicks} says, by conflict number, this editor's where it says nothing.
         */
        public StoryInput resolve(Set<String> theirsPicked, Map<Integer, Pick> paragraphPicks) {
            Set<StoryField> fromTheirs = EnumSet.noneOf(StoryField.class);
            origins.forEach((field, origin) -> {
                if (origin == ConflictField.Origin.THEIRS
                        || (origin == ConflictField.Origin.CONFLICT && theirsPicked.contains(field.key()))) {
                    fromTheirs.add(field);
                }
            });
            StoryInput merged = mine.withFieldsOf(theirs, fromTheirs);
            if (origins.get(StoryField.BODY) != ConflictField.Origin.COMBINED) {
                return merged;
            }
            List<String> pieces = new ArrayList<>();
            for (BodyPart part : body) {
                if (part.conflict() == null) {
                    pieces.add(part.settled());
                    continue;
                }
                Conflict conflict = part.conflict();
                switch (paragraphPicks.getOrDefault(conflict.number(), Pick.MINE)) {
                    case MINE -> pieces.add(conflict.mine());
                    case THEIRS -> pieces.add(conflict.theirs());
                    case BOTH -> {
                        pieces.add(conflict.mine());
                        pieces.add(conflict.theirs());
                    }
                }
            }
            return merged.toBuilder()
                    .body(pieces.stream().filter(piece -> !piece.isBlank()).collect(Collectors.joining("\n\n")))
                    .build();
        }

        /** Whether, with these picks, some of this editor's text is left out of the merged story. */
        public boolean leavesOutMine(Set<String> theirsPicked, Map<Integer, Pick> paragraphPicks) {
            return origins.entrySet().stream()
                            .anyMatch(entry -> entry.getValue() == ConflictField.Origin.CONFLICT
                                    && theirsPicked.contains(entry.getKey().key()))
                    || conflicts().stream()
                            .anyMatch(conflict -> !conflict.mineEmpty()
                                    && paragraphPicks.getOrDefault(conflict.number(), Pick.MINE) == Pick.THEIRS);
        }

        /** Whether, with these picks, some of the other person's text is left out of the merged story. */
        public boolean leavesOutTheirs(Set<String> theirsPicked, Map<Integer, Pick> paragraphPicks) {
            return origins.entrySet().stream()
                            .anyMatch(entry -> entry.getValue() == ConflictField.Origin.CONFLICT
                                    && !theirsPicked.contains(entry.getKey().key()))
                    || conflicts().stream()
                            .anyMatch(conflict -> !conflict.theirsEmpty()
                                    && paragraphPicks.getOrDefault(conflict.number(), Pick.MINE) == Pick.MINE);
        }

        /** What the other person's save brought into the merged story: "Headline", "2 paragraphs of the body". */
        public List<String> fromTheirs() {
            return contributions(ConflictField.Origin.THEIRS, Side.THEIRS);
        }

        /** What this editor's own changes brought. */
        public List<String> fromMine() {
            return contributions(ConflictField.Origin.MINE, Side.MINE);
        }

        private List<String> contributions(ConflictField.Origin whole, Side side) {
            List<String> named = new ArrayList<>();
            origins.forEach((field, origin) -> {
                if (origin == whole) {
                    named.add(field.label());
                }
            });
            int paragraphs = body.stream()
                    .filter(part -> part.from() == side)
                    .mapToInt(BodyPart::paragraphs)
                    .sum();
            if (paragraphs > 0) {
                named.add(paragraphs + (paragraphs == 1 ? " paragraph" : " paragraphs") + " of the body");
            }
            return named;
        }
    }

    /**
     * One field of the conflict screen, both sides as the story holds them and as the screen shows them.
     *
     * @param origin where the merged value comes from, or {@code null} without a base: then any difference is a
     *     conflict
     */
    private static ConflictField conflictField(
            StoryField field, StoryInput mine, StoryInput theirs, Shown shown, ConflictField.Origin origin) {
        String mineText = field.textIn(mine);
        String theirsText = field.textIn(theirs);
        return new ConflictField(
                field.key(),
                field.label(),
                mineText,
                theirsText,
                shown(field, mine, shown),
                shown(field, theirs, shown),
                field.longText(),
                origin != null ? origin : ConflictField.compared(mineText, theirsText));
    }

    /** A field as the conflict screen shows it: a section and a language by name, a lead image described. */
    private static String shown(StoryField field, StoryInput input, Shown shown) {
        return switch (field) {
            case SECTION -> shown.section(input.sectionId());
            case LANGUAGE -> shown.language(input.language());
            case LEAD_IMAGE -> shown.leadImage(input.leadImage());
            default -> field.textIn(input);
        };
    }
}
