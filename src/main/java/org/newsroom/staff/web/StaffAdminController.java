package org.newsroom.staff.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.newsroom.platform.AdminForms;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Staff accounts, for admins: the list, where each row changes a role or disables and enables an account, and the form
 * for a new account. A refused change (the last admin cannot be demoted or disabled) shows its message in that row.
 */
@Controller
@RequestMapping("/admin/staff")
record StaffAdminController(StaffService staff) {

    @GetMapping
    String list(Model model) {
        return list(model, null);
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", StaffForm.blank());
        return form(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") StaffForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return AdminForms.submit(errors, redirect, "/admin/staff", () -> form(model), () -> {
            StaffSummary created = staff.create(form.toNewStaffUser(), me.actor());
            return "Account created: " + created.displayName() + " can sign in as " + created.email() + " ("
                    + roleName(created.role()) + ").";
        });
    }

    @PostMapping("/{id}/role")
    String changeRole(
            @PathVariable long id,
            @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        StaffSummary member = member(id);
        if (errors.hasErrors()) {
            return list(model, new RowError(id, "role", "Choose a role from the list.", null));
        }
        try {
            staff.changeRole(id, form.getRole(), me.actor());
        } catch (RuleViolation violation) {
            return list(model, new RowError(id, "role", violation.getMessage(), form.getRole()));
        }
        redirect.addFlashAttribute(
                "success",
                member.displayName() + " is now " + article(form.getRole()) + roleName(form.getRole()) + ".");
        return "redirect:/admin/staff";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(
            @PathVariable long id,
            @RequestParam boolean enabled,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        StaffSummary member = member(id);
        try {
            staff.setEnabled(id, enabled, me.actor());
        } catch (RuleViolation violation) {
            return list(model, new RowError(id, "enabled", violation.getMessage(), null));
        }
        redirect.addFlashAttribute(
                "success",
                enabled
                        ? member.displayName() + "'s account is enabled: they can sign in again."
                        : member.displayName() + "'s account is disabled: they are signed out and cannot sign in.");
        return "redirect:/admin/staff";
    }

    private String list(Model model, RowError rowError) {
        model.addAttribute("staff", staff.list());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("rowError", rowError);
        return "admin/staff/list";
    }

    private String form(Model model) {
        model.addAttribute("roles", StaffRole.values());
        return "admin/staff/new";
    }

    private StaffSummary member(long id) {
        return staff.find(id).orElseThrow(() -> new StaffAccountNotFoundException(id));
    }

    private static String roleName(StaffRole role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static String article(StaffRole role) {
        return role == StaffRole.ADMIN || role == StaffRole.EDITOR ? "an " : "a ";
    }

    /**
     * A change refused for one row of the list.
     *
     * @param field {@code role} or {@code enabled}: the control the message belongs next to
     * @param attemptedRole the role that was asked for, shown again in the row's role control
     */
    record RowError(long id, String field, String message, StaffRole attemptedRole) {}
}
