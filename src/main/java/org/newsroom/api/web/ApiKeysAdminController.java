package org.newsroom.api.web;

import java.util.Locale;
import org.newsroom.api.ApiKeyScope;
import org.newsroom.api.ApiKeys;
import org.newsroom.staff.StaffPrincipal;
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
 * API keys, for admins: the list with each key's use, a form for a new key, and revoking. A new key's token is shown on
 * the page that answers its creation and never again: it is not put in the session or a redirect.
 */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeysAdminController {

    static final int MAX_NAME = 100;

    private final ApiKeys keys;

    ApiKeysAdminController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, null);
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String scope,
            @AuthenticationPrincipal StaffPrincipal me,
            Model model) {
        ApiKeyScope chosen;
        try {
            chosen = ApiKeyScope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return page(model, "Choose a scope: public or partner.", name);
        }
        if (name.isBlank() || name.strip().length() > MAX_NAME) {
            return page(model, "Give the key a name of up to " + MAX_NAME + " characters.", name);
        }
        model.addAttribute("created", keys.create(name, chosen, me.actor()));
        return page(model, null, null);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        if (!keys.revoke(id, me.actor())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such key in force");
        }
        redirect.addFlashAttribute("success", "The key is revoked: requests with it are refused from now on.");
        return "redirect:/admin/api-keys";
    }

    private String page(Model model, String error, String name) {
        model.addAttribute("keys", keys.list());
        model.addAttribute("scopes", ApiKeyScope.values());
        model.addAttribute("error", error);
        model.addAttribute("name", name);
        return "admin/api/keys";
    }
}
