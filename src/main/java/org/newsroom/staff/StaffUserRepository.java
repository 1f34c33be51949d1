package org.newsroom.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByEmail(String email);

    boolean existsByEmail(String email);

    List<StaffUser> findAllByOrderByDisplayNameAsc();

    /** Locks every enabled admin row, so that two requests cannot both remove "the other" last admin. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StaffUser s where s.role = org.newsroom.staff.StaffRole.ADMIN and s.enabled = true")
    List<StaffUser> lockEnabledAdmins();
}
