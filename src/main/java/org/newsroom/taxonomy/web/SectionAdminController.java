package org.newsroom.taxonomy.web;

import org.newsroom.platform.NamedEntityAdmin;
import org.newsroom.taxonomy.SectionDetails;
import org.newsroom.taxonomy.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sections: the list in site order, and the form that creates or changes one. Editors and admins only. */
@Controller
@RequestMapping("/admin/sections")
class SectionAdminController extends NamedEntityAdmin<SectionForm, SectionDetails> {

    private final SectionService sections;

    SectionAdminController(SectionService sections) {
        super(
                "/admin/sections",
                "Section",
                new Operations<>(
                        sections::getSection,
                        SectionForm::new,
                        SectionForm::from,
                        form -> sections.createSection(form.toInput()),
                        (id, form) -> sections.updateSection(id, form.toInput())));
        this.sections = sections;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sections", sections.sectionTree());
        return "admin/taxonomy/section-list";
    }

    @Override
    protected String formPage(Model model, SectionForm form, SectionDetails section) {
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
