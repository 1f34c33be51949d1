package org.newsroom.staff.web;

import jakarta.validation.constraints.NotNull;
import org.newsroom.staff.StaffRole;

/** A staff member's new role, from the role control of their row in the staff list. */
public class RoleForm {

    @NotNull(message = "Choose a role.")
    private StaffRole role;

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }
}
