package org.newsroom.platform;

import jakarta.validation.Valid;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin flow for changing something with a name and a page of its own (an author, a section, a tag): its form at
 * {@code {list}/{id}/edit}, sent to {@code {list}/{id}} and shown again as typed until {@link AdminForms} saves it. The
 * flow is the same for all of them; what differs (the form, the service, the page's other controls) is the module's,
 * so each module's controller extends this with its own {@code @RequestMapping} and keeps its own list page.
 *
 * @param <F> the module's form
 * @param <D> what the module's service returns for one of them, which the form page shows
 */
public abstract class NamedEntityEditor<F extends NamedForm, D> {

    private final String listPath;

    /** @param listPath the list a saved form leads back to, which is also the controller's mapping */
    protected NamedEntityEditor(String listPath) {
        this.listPath = listPath;
    }

    /** The one with this id, or a not-found exception that the error pages turn into a 404. */
    protected abstract D get(long id);

    /** The form filled in with what is saved now. */
    protected abstract F formOf(D current);

    /**
     * Puts what the form page shows into the model and names its view.
     *
     * @param current what is being changed, or {@code null} for a new one
     */
    protected abstract String formPage(Model model, F form, D current);

    /** Saves the form and says what was done, or throws a {@link RuleViolation}. */
    protected abstract String save(long id, F form);

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        D current = get(id);
        return formPage(model, formOf(current), current);
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        D current = get(id);
        return submit(errors, redirect, () -> formPage(model, form, current), () -> save(id, form));
    }

    /** {@link AdminForms#submit} with this list as where a saved form leads. */
    protected String submit(
            BindingResult errors, RedirectAttributes redirect, Supplier<String> form, Supplier<String> save) {
        return AdminForms.submit(errors, redirect, listPath, form, save);
    }
}
