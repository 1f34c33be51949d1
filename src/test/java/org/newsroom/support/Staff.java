package org.newsroom.support;

import java.util.UUID;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.springframework.boot.test.context.TestComponent;

/** Makes staff accounts for tests, each with an email of its own. */
@TestComponent
public class Staff {

    public static final String PASSWORD = "a-long-test-password";

    private final StaffService staff;

    Staff(StaffService staff) {
        this.staff = staff;
    }

    public StaffPrincipal create(StaffRole role) {
        return create(role, role.name().charAt(0) + role.name().substring(1).toLowerCase() + " Tester");
    }

    public StaffPrincipal create(StaffRole role, String name) {
        String email =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        StaffSummary user = staff.create(new NewStaffUser(email, name, PASSWORD, role));
        return StaffPrincipal.of(user.id(), user.email(), user.displayName(), user.role());
    }
}
