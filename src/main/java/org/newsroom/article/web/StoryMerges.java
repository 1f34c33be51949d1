package org.newsroom.article.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.EditBases;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.article.RevisionSummary;
import org.newsroom.article.StoryInput;
import org.newsroom.article.StoryMerge;
import org.newsroom.staff.Actor;
import org.springframework.stereotype.Component;

/**
 * A save that met someone else's newer save, merged three ways against the version this editor's form was loaded with
 * (kept by {@link EditBases}): what the editor's buttons, its autosave and the conflict screen share. A form whose
 * version has no base kept (older than {@link EditBases}' week) merges field against field, as before.
 */
@Component
record StoryMerges(EditorQueryService editorQueries, EditBases bases, HistoryService history) {

    /**
     * The story merged with the saved version, when nothing in it needs the editor's choice.
     *
     * @param baseVersion the version the editor's form was loaded with
     */
    Optional<Merged> cleanly(long id, StoryInput mine, Long baseVersion, Actor actor) {
        Optional<Map<String, String>> base = baseVersion == null ? Optional.empty() : bases.find(id, baseVersion);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        ArticleEditorView theirs = editorQueries.open(id, actor);
        StoryMerge.ThreeWay merge = StoryMerge.threeWay(base.get(), mine, theirs.input());
        if (!merge.clean()) {
            return Optional.empty();
        }
        return Optional.of(new Merged(
                merge.resolve(Set.of(), Map.of()), theirs.version(), notice(theirsName(id, actor), merge, actor)));
    }

    /** The story as an editor is shown it, kept as the base of a merge if their save meets someone else's. */
    void keepBase(ArticleEditorView story) {
        bases.keep(story);
    }

    /** The editor's text merged with {@code theirs} against the version their form was loaded with, if kept. */
    StoryMerge.ThreeWay against(long id, StoryInput mine, Long baseVersion, ArticleEditorView theirs) {
        Map<String, String> base =
                baseVersion == null ? null : bases.find(id, baseVersion).orElse(null);
        return StoryMerge.threeWay(base, mine, theirs.input());
    }

    /** Who saved the version this editor met: the newest revision is theirs. */
    String theirsName(long id, Actor actor) {
        List<RevisionSummary> revisions = history.history(id, actor);
        String name = revisions.isEmpty() ? null : revisions.getFirst().createdBy();
        return name == null ? "someone else" : name;
    }

    /**
     * "Merged with Ana Reyes's changes. From Ana Reyes: Headline, 1 paragraph of the body. Yours: Body.": what the
     * editor sees, so that nobody is surprised by text they did not type.
     */
    static String notice(String theirs, StoryMerge.ThreeWay merge, Actor me) {
        String who = theirs.equals(me.name()) ? "your save in another window" : theirs;
        StringBuilder notice = new StringBuilder("Merged with the changes of " + who + ".");
        if (!merge.fromTheirs().isEmpty()) {
            notice.append(" From ").append(who).append(": ").append(String.join(", ", merge.fromTheirs()));
            notice.append(".");
        }
        if (!merge.fromMine().isEmpty()) {
            notice.append(" Yours: ")
                    .append(String.join(", ", merge.fromMine()))
                    .append(".");
        }
        return notice.toString();
    }

    /** The story's fields by their names in the editor's form, for its script to put back after an autosave merged. */
    static Map<String, String> formValues(StoryInput input) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("headline", text(input.headline()));
        values.put("deck", text(input.deck()));
        values.put("body", text(input.body()));
        values.put("slug", text(input.slug()));
        values.put("sectionId", input.sectionId() == null ? "" : String.valueOf(input.sectionId()));
        values.put("tags", text(input.tags()));
        values.put("byline", text(input.byline()));
        values.put("dateline", text(input.dateline()));
        values.put("language", text(input.language()));
        values.put("seoTitle", text(input.seoTitle()));
        values.put("seoDescription", text(input.seoDescription()));
        values.put(
                "leadImageId",
                input.leadImage().imageId() == null
                        ? ""
                        : String.valueOf(input.leadImage().imageId()));
        values.put("leadImageAlt", text(input.leadImage().alt()));
        values.put("leadImageCaption", text(input.leadImage().caption()));
        values.put("leadImageDecorative", String.valueOf(input.leadImage().decorative()));
        return values;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A clean merge: the story to save, at the version it was merged with, and what the editor is told. */
    record Merged(StoryInput input, long version, String notice) {}
}
