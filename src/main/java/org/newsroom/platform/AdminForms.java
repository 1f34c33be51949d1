package org.newsroom.platform;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every admin form is submitted: a form with errors, or one the domain turns down with a {@link RuleViolation}, is
 * shown again as typed with the reasons next to its fields; a form that is saved redirects to its list with a message,
 * so that reloading the list does not send the form again.
 */
public final class AdminForms {

    private AdminForms() {}

    /**
     * @param form the view of the form with what was typed, shown again when it is not saved
     * @param save saves the form and says what was done, or throws a {@link RuleViolation}
     * @param listPath where a saved form leads, e.g. {@code /admin/authors}
     */
    public static String submit(
            BindingResult errors,
            RedirectAttributes redirect,
            String listPath,
            Supplier<String> form,
            Supplier<String> save) {
        if (errors.hasErrors()) {
            return form.get();
        }
        try {
            redirect.addFlashAttribute("success", save.get());
            return "redirect:" + listPath;
        } catch (RuleViolation violation) {
            reject(errors, violation);
            return form.get();
        }
    }

    /** The violation's message next to its field, or above the form when it names none. */
    public static void reject(BindingResult errors, RuleViolation violation) {
        if (violation.field() != null) {
            errors.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            errors.reject("rule", violation.getMessage());
        }
    }
}
