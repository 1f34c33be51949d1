package org.newsroom.platform;

import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@link NamedEntityEditor} for what editors also create in the admin screens (authors, sections; tags are created
 * with the stories that carry them): the blank form at {@code {list}/new}, sent to {@code {list}}.
 */
public abstract class NamedEntityAdmin<F extends NamedForm, D extends NamedPage> extends NamedEntityEditor<F, D> {

    private final String noun;

    /**
     * @param listPath as for {@link NamedEntityEditor}
     * @param noun what the messages after saving call one, e.g. "Author"
     */
    protected NamedEntityAdmin(String listPath, String noun) {
        super(listPath);
        this.noun = noun;
    }

    /** An empty form. */
    protected abstract F blankForm();

    /** Creates one from the form, or throws a {@link RuleViolation}. */
    protected abstract D saveNew(F form);

    /** Saves the form's changes to the one with this id, or throws a {@link RuleViolation}. */
    protected abstract D saveChanges(long id, F form);

    @Override
    protected final String save(long id, F form) {
        return noun + " “" + saveChanges(id, form).name() + "” saved.";
    }

    @GetMapping("/new")
    public String blank(Model model) {
        return formPage(model, blankForm(), null);
    }

    @PostMapping
    public String create(
            @Valid @ModelAttribute("form") F form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return submit(errors, redirect, () -> formPage(model, form, null), () -> {
            D created = saveNew(form);
            return noun + " “" + created.name() + "” created at " + created.path() + ".";
        });
    }
}
