package org.newsroom.article.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleEditorView;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditConflictException;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.StoryInput;
import org.newsroom.article.StoryMerge;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conflict screen's buttons, one handler each. Every one posts the editor's text ({@code form}, with the version
 * it was loaded with, the merge's base) and the version of the other person's save that the screen showed
 * ({@code theirsVersion}); a further save by anyone meanwhile shows the screen again, with nothing written. Whatever
 * a resolution leaves out, of either side, is kept as a revision.
 */
@Controller
record ArticleConflictController(
        DraftingService drafting, EditorQueryService editorQueries, StoryEditorPages pages, StoryMerges merges) {

    private static final String RESOLVE = "/admin/articles/{id}/resolve";
    private static final String PICK = "pick_";
    private static final String PARAGRAPH = "pick_paragraph_";

    /**
     * What every button of the screen is posted with, as {@link EditorPostArguments} resolves it: the editor's text
     * bound as {@code @ModelAttribute("form") ArticleForm mine} would bind it (not validated: the screen saves what the
     * editor typed, and a value that does not bind is a 400), the signed-in staff member, the page's model and the
     * flash attributes of a redirect.
     */
    record Resolution(ArticleForm mine, StaffPrincipal me, Model model, RedirectAttributes redirect) {

        StoryInput input() {
            return mine.toInput();
        }

        Actor actor() {
            return me.actor();
        }
    }

    /**
     * Each field and each paragraph both changed from the side the editor picked (a paragraph may keep both), over the
     * version they were shown; everything else as it merged by itself. Whatever of either side the result leaves out
     * is kept as a revision.
     */
    @PostMapping(path = RESOLVE, params = "resolution=merge")
    String merge(
            @PathVariable long id,
            @RequestParam long theirsVersion,
            @RequestParam Map<String, String> picks,
            Resolution post) {
        return resolving(id, post, () -> {
            ArticleEditorView theirs = editorQueries.open(id, post.actor());
            if (theirs.version() != theirsVersion) {
                throw new EditConflictException();
            }
            StoryMerge.ThreeWay merge =
                    merges.against(id, post.input(), post.mine().getVersion(), theirs);
            Set<String> fields = theirsPicked(picks);
            Map<Integer, StoryMerge.Pick> paragraphs = paragraphPicks(picks);
            drafting.saveResolved(
                    id,
                    theirsVersion,
                    merge.resolve(fields, paragraphs),
                    merge.leavesOutMine(fields, paragraphs) ? post.input() : null,
                    merge.leavesOutTheirs(fields, paragraphs),
                    true,
                    post.actor());
            return saved(id, post.redirect());
        });
    }

    /** The editor's text over theirs; their version is kept as a revision. */
    @PostMapping(path = RESOLVE, params = "resolution=override")
    String override(@PathVariable long id, @RequestParam long theirsVersion, Resolution post) {
        return resolving(id, post, () -> {
            drafting.saveResolved(id, theirsVersion, post.input(), null, true, false, post.actor());
            return saved(id, post.redirect());
        });
    }

    /** The other person's version as it is; the editor's text is kept as a revision, to take words from in History. */
    @PostMapping(path = RESOLVE, params = "resolution=theirs")
    String takeTheirs(@PathVariable long id, @RequestParam long theirsVersion, Resolution post) {
        return resolving(id, post, () -> {
            drafting.setAside(id, post.input(), post.actor());
            post.redirect()
                    .addFlashAttribute(
                            "success",
                            "You have the saved version. Your text is kept in History, as not taken in a merge.");
            return "redirect:/admin/articles/" + id + "/edit";
        });
    }

    /**
     * The editor's text as a new draft, beside the original. It needs no version, but takes one as the screen's other
     * buttons do, so that every post of the screen without one is the same 400.
     */
    @PostMapping(path = RESOLVE, params = "resolution=copy")
    String copy(@PathVariable long id, @RequestParam long theirsVersion, Resolution post) {
        return resolving(id, post, () -> {
            long newId = drafting.create(post.input().withSlug(null), post.actor());
            post.redirect()
                    .addFlashAttribute(
                            "success",
                            "Your version is saved as a new draft. The other person's stays on the original.");
            return "redirect:/admin/articles/" + newId + "/edit";
        });
    }

    /** Any other resolution (the screen has none): the screen again, asking. Without one at all, a 400. */
    @PostMapping(path = RESOLVE)
    String withoutKnownResolution(
            @PathVariable long id, @RequestParam String resolution, @RequestParam long theirsVersion, Resolution post) {
        post.model().addAttribute("error", "Choose how to resolve the conflict.");
        return conflictScreen(id, post);
    }

    /** Carries out a resolution; a refused one shows the screen again, with the editor's text and the reason. */
    private String resolving(long id, Resolution post, Supplier<String> resolution) {
        try {
            return resolution.get();
        } catch (EditConflictException | OptimisticLockingFailureException again) {
            return conflictScreen(id, post);
        } catch (RuleViolation violation) {
            post.model().addAttribute("error", violation.getMessage());
            return conflictScreen(id, post);
        }
    }

    private String conflictScreen(long id, Resolution post) {
        return pages.conflict(post.model(), id, post.mine(), post.me());
    }

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", "Saved.");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    /** The fields whose "Take theirs" is chosen; "Keep mine" is the screen's default, so every other field is mine. */
    private static Set<String> theirsPicked(Map<String, String> picks) {
        return picks.entrySet().stream()
                .filter(pick -> pick.getKey().startsWith(PICK) && !pick.getKey().startsWith(PARAGRAPH))
                .filter(pick -> "theirs".equals(pick.getValue()))
                .map(pick -> pick.getKey().substring(PICK.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Each paragraph both changed, by its number on the screen: "mine" (the default), "theirs" or "both". */
    private static Map<Integer, StoryMerge.Pick> paragraphPicks(Map<String, String> picks) {
        Map<Integer, StoryMerge.Pick> paragraphs = new HashMap<>();
        picks.forEach((name, value) -> {
            if (name.startsWith(PARAGRAPH) && name.substring(PARAGRAPH.length()).matches("\\d{1,6}")) {
                StoryMerge.Pick pick =
                        switch (value) {
                            case "theirs" -> StoryMerge.Pick.THEIRS;
                            case "both" -> StoryMerge.Pick.BOTH;
                            default -> StoryMerge.Pick.MINE;
                        };
                paragraphs.put(Integer.valueOf(name.substring(PARAGRAPH.length())), pick);
            }
        });
        return paragraphs;
    }
}
