package org.newsroom.article;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two versions of one story, when someone else saved while this editor was writing: which fields the editor's text and
 * the saved version disagree on, and the story made of the side the editor picked for each field. It knows nothing of
 * forms or pages, so that the rich editor's three-way merge (against the version both started from) can grow here.
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
                .map(field -> new ConflictField(
                        field.key(),
                        field.label(),
                        field.textIn(mine),
                        field.textIn(theirs),
                        shown(field, mine, shown),
                        shown(field, theirs, shown),
                        field.longText()))
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
