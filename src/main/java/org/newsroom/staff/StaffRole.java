package org.newsroom.staff;

/** What a staff member may do. Each role includes everything the roles before it may do. */
public enum StaffRole {
    /** Writes stories and edits their own until they are submitted or published. */
    WRITER,
    /** Everything on stories, sections, tags and authors. */
    EDITOR,
    /** Everything, plus staff accounts. */
    ADMIN;

    public boolean includes(StaffRole other) {
        return compareTo(other) >= 0;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
