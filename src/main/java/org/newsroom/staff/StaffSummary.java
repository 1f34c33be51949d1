package org.newsroom.staff;

import java.time.Instant;

public record StaffSummary(
        long id, String email, String displayName, StaffRole role, boolean enabled, Instant createdAt) {}
