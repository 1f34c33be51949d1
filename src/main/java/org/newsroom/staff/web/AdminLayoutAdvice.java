package org.newsroom.staff.web;

import org.newsroom.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in staff member, for the admin layout's header and its role-dependent links. */
@ControllerAdvice
class AdminLayoutAdvice {

    @ModelAttribute("me")
    StaffPrincipal me(@AuthenticationPrincipal StaffPrincipal principal) {
        return principal;
    }
}
