package org.newsroom.taxonomy.web;

import jakarta.validation.Valid;
import org.newsroom.platform.AdminForms;
import org.newsroom.taxonomy.SectionDetails;
import org.newsroom.taxonomy.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sections: the list in site order, and the form that creates or changes one. Editors and admins only. */
@Controller
@RequestMapping("/admin/sections")
class SectionAdminController {

    private final SectionService sections;

    SectionAdminController(SectionService sections) {
        this.sections = sections;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sections", sections.sectionTree());
        return "admin/taxonomy/section-list";
    }

    @GetMapping("/new")
    String newSection(Model model) {
        return form(model, new SectionForm(), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return AdminForms.submit(errors, redirect, "/admin/sections", () -> form(model, form, null), () -> {
            SectionDetails created = sections.createSection(form.toInput());
            return "Section “" + created.name() + "” created at " + created.path() + ".";
        });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SectionDetails section = sections.getSection(id);
        return form(model, SectionForm.from(section), section);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SectionDetails section = sections.getSection(id);
        return AdminForms.submit(errors, redirect, "/admin/sections", () -> form(model, form, section), () -> {
            SectionDetails saved = sections.updateSection(id, form.toInput());
            return "Section “" + saved.name() + "” saved.";
        });
    }

    private String form(Model model, SectionForm form, SectionDetails section) {
        model.addAttribute("form", form);
        model.addAttribute("section", section);
        model.addAttribute(
                "parents",
                sections.sectionTree().stream()
                        .filter(candidate -> !candidate.isSubsection())
                        .filter(candidate -> section == null || candidate.id() != section.id())
                        .toList());
        return "admin/taxonomy/section-edit";
    }
}
