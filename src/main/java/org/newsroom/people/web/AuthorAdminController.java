package org.newsroom.people.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorService;
import org.newsroom.people.AuthorSummary;
import org.newsroom.platform.NamedEntityAdmin;
import org.newsroom.staff.StaffService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Authors, the names in bylines: the list, and the form that creates or changes one. Editors and admins only. */
@Controller
@RequestMapping("/admin/authors")
class AuthorAdminController extends NamedEntityAdmin<AuthorForm, AuthorDetails> {

    private final AuthorService authors;
    private final StaffService staff;

    AuthorAdminController(AuthorService authors, StaffService staff) {
        super(
                "/admin/authors",
                "Author",
                new Operations<>(
                        authors::getAuthor,
                        AuthorForm::new,
                        AuthorForm::from,
                        form -> authors.createAuthor(form.toInput()),
                        (id, form) -> authors.updateAuthor(id, form.toInput())));
        this.authors = authors;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("authors", authors.authorSummaries());
        return "admin/people/author-list";
    }

    @Override
    protected String formPage(Model model, AuthorForm form, AuthorDetails author) {
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
