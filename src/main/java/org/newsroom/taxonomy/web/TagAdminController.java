package org.newsroom.taxonomy.web;

import jakarta.validation.Valid;
import org.newsroom.platform.NamedEntityEditor;
import org.newsroom.taxonomy.TagMerge;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TagService;
import org.newsroom.taxonomy.TagSummary;
import org.newsroom.taxonomy.TaxonomyNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tags: the list with how many stories use each, renaming (the {@link NamedEntityEditor} flow), and merging one tag
 * into another. Editors and admins.
 */
@Controller
@RequestMapping("/admin/tags")
class TagAdminController extends NamedEntityEditor<TagForm, TagSummary> {

    private final TagService tags;

    TagAdminController(TagService tags) {
        super("/admin/tags");
        this.tags = tags;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        String query = q == null || q.length() > TaxonomyNames.MAX_NAME_LENGTH ? null : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("tags", tags.tagSummaries(query));
        return "admin/taxonomy/tag-list";
    }

    @Override
    protected TagSummary get(long id) {
        return tags.getTag(id);
    }

    @Override
    protected TagForm formOf(TagSummary tag) {
        return TagForm.from(tag);
    }

    @Override
    protected String save(long id, TagForm form) {
        TagRef renamed = tags.renameTag(id, form.getName(), form.getSlug());
        return "Tag “" + renamed.name() + "” saved, at " + renamed.path() + ".";
    }

    @Override
    protected String formPage(Model model, TagForm form, TagSummary tag) {
        return page(model, tag, form, new MergeForm());
    }

    @PostMapping("/{id}/merge")
    String merge(
            @PathVariable long id,
            @Valid @ModelAttribute("mergeForm") MergeForm mergeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TagSummary tag = tags.getTag(id);
        return submit(
                errors,
                redirect,
                () -> page(model, tag, TagForm.from(tag), mergeForm),
                () -> mergedMessage(tags.mergeTags(id, mergeForm.getTargetId())));
    }

    private String page(Model model, TagSummary tag, TagForm form, MergeForm mergeForm) {
        model.addAttribute("tag", tag);
        model.addAttribute("form", form);
        model.addAttribute("mergeForm", mergeForm);
        model.addAttribute(
                "targets",
                tags.allTags().stream().filter(other -> other.id() != tag.id()).toList());
        return "admin/taxonomy/tag-edit";
    }

    private static String mergedMessage(TagMerge merge) {
        String stories = merge.articles() == 1 ? "1 story" : merge.articles() + " stories";
        String edits =
                switch (merge.workingCopies()) {
                    case 0 -> "";
                    case 1 -> " and 1 unpublished edit";
                    default -> " and " + merge.workingCopies() + " unpublished edits";
                };
        return "Merged “" + merge.sourceName() + "” into “" + merge.target().name() + "”: " + stories + edits
                + " changed. The tag “" + merge.sourceName() + "” no longer exists.";
    }
}
