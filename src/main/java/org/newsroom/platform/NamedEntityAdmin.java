package org.newsroom.platform;

import jakarta.validation.Valid;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@link NamedEntityEditor} for what editors also create in the admin screens (authors, sections; tags are created
 * with the stories that carry them): the blank form at {@code {list}/new}, sent to {@code {list}}. What the flow asks of
 * the module's service is one method reference or one-line lambda each, given once in the controller's constructor as
 * {@link Operations}, so that a controller writes only what is its own: its list page and its form page.
 */
public abstract class NamedEntityAdmin<F extends NamedForm, D extends NamedPage> extends NamedEntityEditor<F, D> {

    /**
     * The module's part of the flow.
     *
     * @param get the one with this id, or a not-found exception
     * @param blankForm an empty form
     * @param formOf the form filled in with what is saved now
     * @param create creates one from the form, or throws a {@link RuleViolation}
     * @param update saves the form's changes to the one with this id, or throws a {@link RuleViolation}
     */
    public record Operations<F, D>(
            LongFunction<D> get,
            Supplier<F> blankForm,
            Function<D, F> formOf,
            Function<F, D> create,
            BiFunction<Long, F, D> update) {}

    private final String noun;
    private final Operations<F, D> operations;

    /**
     * @param listPath as for {@link NamedEntityEditor}
     * @param noun what the messages after saving call one, e.g. "Author"
     */
    protected NamedEntityAdmin(String listPath, String noun, Operations<F, D> operations) {
        super(listPath);
        this.noun = noun;
        this.operations = operations;
    }

    @Override
    protected final D get(long id) {
        return operations.get().apply(id);
    }

    @Override
    protected final F formOf(D current) {
        return operations.formOf().apply(current);
    }

    @Override
    protected final String save(long id, F form) {
        return noun + " “" + operations.update().apply(id, form).name() + "” saved.";
    }

    @GetMapping("/new")
    public String blank(Model model) {
        return formPage(model, operations.blankForm().get(), null);
    }

    @PostMapping
    public String create(
            @Valid @ModelAttribute("form") F form, BindingResult errors, Model model, RedirectAttributes redirect) {
        return submit(errors, redirect, () -> formPage(model, form, null), () -> {
            D created = operations.create().apply(form);
            return noun + " “" + created.name() + "” created at " + created.path() + ".";
        });
    }
}
