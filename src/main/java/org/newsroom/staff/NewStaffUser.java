package org.newsroom.staff;

public record NewStaffUser(String email, String displayName, String password, StaffRole role) {}
