package org.newsroom.staff.web;

import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in staff member, for the admin layout's header, and what their role lets them do, for the links and
 * buttons that only some roles see: templates ask {@code isEditor} and {@code isAdmin}, never the role itself. The
 * server checks each action again (SecurityConfig, the services); these only decide what is shown.
 */
@ControllerAdvice
class AdminLayoutAdvice {

    @ModelAttribute("me")
    StaffPrincipal me(@AuthenticationPrincipal StaffPrincipal principal) {
        return principal;
    }

    @ModelAttribute("isEditor")
    boolean isEditor(@AuthenticationPrincipal StaffPrincipal principal) {
        return may(principal, StaffRole.EDITOR);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(@AuthenticationPrincipal StaffPrincipal principal) {
        return may(principal, StaffRole.ADMIN);
    }

    static boolean may(StaffPrincipal principal, StaffRole role) {
        return principal != null && principal.role().includes(role);
    }
}
