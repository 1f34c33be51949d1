package org.newsroom.staff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.newsroom.staff.LoginThrottledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    static final String BAD_CREDENTIALS = "Email or password is incorrect.";

    @GetMapping("/admin/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("error") != null) {
            model.addAttribute("error", failureMessage(request.getSession(false)));
        }
        if (request.getParameter("expired") != null) {
            model.addAttribute(
                    "notice",
                    "Your session has expired. Sign in again: what you were writing has been kept and will come"
                            + " back after you sign in.");
        }
        if (request.getParameter("signedOut") != null) {
            model.addAttribute("notice", "You have signed out.");
        }
        return "admin/login";
    }

    /** The throttle's own message when sign-in was slowed or locked; one generic message for everything else. */
    private static String failureMessage(HttpSession session) {
        if (session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException e) {
            return e.getMessage();
        }
        return BAD_CREDENTIALS;
    }
}
