package org.newsroom.people.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorService;
import org.newsroom.people.AuthorSummary;
import org.newsroom.platform.AdminForms;
import org.newsroom.staff.StaffService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Authors, the names in bylines: the list, and the form that creates or changes one. Editors and admins only. */
@Controller
@RequestMapping("/admin/authors")
class AuthorAdminController {

    private final AuthorService authors;
    private final StaffService staff;

    AuthorAdminController(AuthorService authors, StaffService staff) {
        this.authors = authors;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("authors", authors.authorSummaries());
        return "admin/people/author-list";
    }

    @GetMapping("/new")
    String newAuthor(Model model) {
        return form(model, new AuthorForm(), null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") AuthorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return AdminForms.submit(errors, redirect, "/admin/authors", () -> form(model, form, null), () -> {
            AuthorDetails created = authors.createAuthor(form.toInput());
            return "Author “" + created.name() + "” created at " + created.path() + ".";
        });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        AuthorDetails author = authors.getAuthor(id);
        return form(model, AuthorForm.from(author), author);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AuthorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AuthorDetails author = authors.getAuthor(id);
        return AdminForms.submit(errors, redirect, "/admin/authors", () -> form(model, form, author), () -> {
            AuthorDetails saved = authors.updateAuthor(id, form.toInput());
            return "Author “" + saved.name() + "” saved.";
        });
    }

    private String form(Model model, AuthorForm form, AuthorDetails author) {
        Map<Long, String> linkedTo = authors.authorSummaries().stream()
                .filter(other -> other.staffUserId() != null)
                .filter(other -> author == null || other.id() != author.id())
                .collect(Collectors.toMap(AuthorSummary::staffUserId, AuthorSummary::name));
        List<StaffChoice> choices = staff.list().stream()
                .map(member -> new StaffChoice(
                        member.id(),
                        member.displayName() + " (" + member.email() + ")"
                                + (member.enabled() ? "" : ", disabled")
                                + (linkedTo.containsKey(member.id())
                                        ? " — already the author “" + linkedTo.get(member.id()) + "”"
                                        : "")))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("author", author);
        model.addAttribute("staffChoices", choices);
        return "admin/people/author-edit";
    }

    record StaffChoice(long id, String label) {}
}
