package org.newsroom.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;

/** A new staff account. Everything but the password comes back in the form after an error. */
public class StaffForm {

    @NotBlank(message = "Enter an email address, like name@example.org.")
    @Size(max = 254, message = "An email address has at most 254 characters.")
    @Pattern(regexp = "^\\s*([^@\\s]+@[^@\\s]+)?\\s*$", message = "Enter an email address, like name@example.org.")
    private String email;

    @NotBlank(message = "Enter the name shown for this person.")
    @Size(max = 120, message = "A name has at most 120 characters.")
    private String displayName;

    @Size.List({
        @Size(min = StaffService.MIN_PASSWORD_LENGTH, message = "A password has at least 12 characters."),
        @Size(max = StaffService.MAX_PASSWORD_BYTES, message = "A password has at most 72 characters.")
    })
    private String password;

    @NotNull(message = "Choose a role.")
    private StaffRole role;

    /** An empty form, with the least powerful role chosen. */
    static StaffForm blank() {
        StaffForm form = new StaffForm();
        form.role = StaffRole.WRITER;
        return form;
    }

    NewStaffUser toNewStaffUser() {
        return new NewStaffUser(email, displayName, password, role);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }
}
