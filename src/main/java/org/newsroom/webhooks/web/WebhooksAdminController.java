package org.newsroom.webhooks.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.webhooks.CreatedEndpoint;
import org.newsroom.webhooks.EndpointRefusedException;
import org.newsroom.webhooks.EndpointView;
import org.newsroom.webhooks.NewEndpoint;
import org.newsroom.webhooks.PayloadKind;
import org.newsroom.webhooks.WebhookEndpoints;
import org.newsroom.webhooks.WebhookEventType;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Webhook endpoints, for admins (the security configuration refuses everyone else): the list and the form to register
 * one, and each endpoint's page with its delivery log, replay, a test send, secret rotation, turning it off and on, and
 * deleting it. A secret is shown on the page that answers its creation or rotation, never again: it is put in neither
 * the session nor a redirect.
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhooksAdminController {

    private final WebhookEndpoints endpoints;

    WebhooksAdminController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** What the form was given, to show again with its error. */
    record EndpointForm(String url, String description, Set<String> events, String payload) {}

    @GetMapping
    String list(Model model) {
        return listPage(model, new EndpointForm("", "", Set.of(), "ninjs"), null);
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) List<String> events,
            @RequestParam(defaultValue = "ninjs") String payload,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model) {
        Set<String> chosen = events == null ? Set.of() : Set.copyOf(events);
        EndpointForm form = new EndpointForm(url, description, chosen, payload);
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String event : chosen) {
            var type = WebhookEventType.of(event);
            if (type.isEmpty()) {
                return listPage(model, form, "There is no event " + event + ".");
            }
            types.add(type.get());
        }
        PayloadKind kind;
        try {
            kind = PayloadKind.valueOf(payload.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return listPage(model, form, "Choose what the payloads carry: ninjs or the id only.");
        }
        try {
            CreatedEndpoint created = endpoints.create(new NewEndpoint(url, description, types, kind), me.actor());
            model.addAttribute("created", created);
        } catch (EndpointRefusedException e) {
            return listPage(model, form, e.getMessage());
        }
        return listPage(model, new EndpointForm("", "", Set.of(), "ninjs"), null);
    }

    @GetMapping("/{id}")
    String endpoint(@PathVariable long id, @RequestParam(required = false) Long before, Model model) {
        return endpointPage(id, before, model);
    }

    @PostMapping("/{id}/rotate")
    String rotate(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        CreatedEndpoint rotated = endpoints.rotateSecret(id, me.actor()).orElseThrow(WebhooksAdminController::none);
        model.addAttribute("rotated", rotated);
        return endpointPage(id, null, model);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        if (!endpoints.setEnabled(id, false, me.actor())) {
            throw none();
        }
        redirect.addFlashAttribute("success", "The endpoint is off: its deliveries wait until it is on again.");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        if (!endpoints.setEnabled(id, true, me.actor())) {
            throw none();
        }
        redirect.addFlashAttribute("success", "The endpoint is on.");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        if (!endpoints.delete(id, me.actor())) {
            throw none();
        }
        redirect.addFlashAttribute("success", "The endpoint and its log are deleted.");
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/{id}/test")
    String test(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        endpoints.testSend(id, me.actor()).orElseThrow(WebhooksAdminController::none);
        redirect.addFlashAttribute("success", "A webhook.test delivery is on its way: it shows in the log below.");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/{id}/deliveries/{delivery}/replay")
    String replay(
            @PathVariable long id,
            @PathVariable long delivery,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes redirect) {
        endpoints.replay(id, delivery, me.actor()).orElseThrow(WebhooksAdminController::none);
        redirect.addFlashAttribute(
                "success", "The delivery is sent again, as a new delivery with the same message id.");
        return "redirect:/admin/webhooks/" + id;
    }

    private String listPage(Model model, EndpointForm form, String error) {
        model.addAttribute("endpoints", endpoints.list());
        model.addAttribute("eventTypes", WebhookEventType.values());
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "admin/webhooks/list";
    }

    private String endpointPage(long id, Long before, Model model) {
        EndpointView endpoint = endpoints.find(id).orElseThrow(WebhooksAdminController::none);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("log", endpoints.deliveries(id, before));
        return "admin/webhooks/endpoint";
    }

    private static ResponseStatusException none() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such webhook endpoint or delivery");
    }
}
