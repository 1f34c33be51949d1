package org.newsroom.staff;

import java.io.Serializable;

/** The signed-in staff member on whose behalf something is done. */
public record Actor(long id, String name, StaffRole role) implements Serializable {

    public boolean can(StaffRole needed) {
        return role.includes(needed);
    }
}
