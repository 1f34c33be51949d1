package org.newsroom.frontpage.web;

import java.time.Clock;
import java.util.Optional;
import org.newsroom.article.ArticlePaths;
import org.newsroom.frontpage.BannerDetails;
import org.newsroom.frontpage.BannerService;
import org.newsroom.platform.AdminForms;
import org.newsroom.staff.StaffPrincipal;
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
 * The breaking-news banner's form: the live banner to change or end, or a new one to set. Editors only, here (the
 * security configuration's {@code /admin/front/**}) and in the service.
 */
@Controller
@RequestMapping(BannerAdminController.PATH)
record BannerAdminController(BannerService banners, ArticlePaths paths, Clock clock) {

    static final String PATH = "/admin/front/banner";

    /** The live banner's form, or a blank one when there is none or {@code new} asks to replace it. */
    @GetMapping
    String form(@RequestParam(name = "new", required = false) String replace, Model model) {
        Optional<BannerDetails> live = banners.details();
        BannerForm form = live.isPresent() && replace == null
                ? BannerForm.from(live.get(), paths.zone())
                : BannerForm.blank(clock.instant(), paths.zone());
        return page(model, form, live.orElse(null), replace == null);
    }

    @PostMapping
    String set(
            @ModelAttribute("form") BannerForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return submit(form, errors, model, redirect, false, () -> {
            banners.set(form.toInput(paths.zone()), me.actor());
            return "The banner is on every page now.";
        });
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @ModelAttribute("form") BannerForm form,
            BindingResult errors,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        return submit(form, errors, model, redirect, true, () -> {
            banners.change(id, form.toInput(paths.zone()), me.actor());
            return "Banner saved.";
        });
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "success",
                banners.end(id, me.actor())
                        ? "Banner ended: readers no longer see it."
                        : "That banner had already ended.");
        return "redirect:" + PATH;
    }

    private String submit(
            BannerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            boolean editing,
            java.util.function.Supplier<String> save) {
        if (form.expiryUnreadable(paths.zone())) {
            errors.rejectValue("expiresAt", "format", "Give the expiry as a date and a time, e.g. 2 Dec 2026 18:00.");
        }
        return AdminForms.submit(
                errors,
                redirect,
                PATH,
                () -> page(model, form, banners.details().orElse(null), editing),
                save::get);
    }

    private String page(Model model, BannerForm form, BannerDetails live, boolean editing) {
        model.addAttribute("form", form);
        model.addAttribute("live", live);
        model.addAttribute("editing", editing && live != null);
        model.addAttribute("zone", paths.zone());
        model.addAttribute("maxLine", BannerService.MAX_LINE);
        return "admin/front/banner";
    }
}
