package org.newsroom.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "staff_users")
class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StaffRole role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected StaffUser() {}

    StaffUser(String email, String displayName, String passwordHash, StaffRole role, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    StaffRole getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    void changeRole(StaffRole role, Instant now) {
        this.role = role;
        this.modifiedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.modifiedAt = now;
    }

    StaffPrincipal toPrincipal() {
        return new StaffPrincipal(id, email, displayName, role, enabled, passwordHash);
    }

    StaffSummary toSummary() {
        return new StaffSummary(id, email, displayName, role, enabled, createdAt);
    }
}
