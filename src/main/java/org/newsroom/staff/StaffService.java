package org.newsroom.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEvent;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: the staff module's API. */
@Service
public class StaffService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt, the password hash, reads at most 72 bytes of a password and refuses longer ones. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final StaffSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    StaffService(
            StaffUserRepository users,
            PasswordEncoder passwordEncoder,
            StaffSessions sessions,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public List<StaffSummary> list() {
        return users.findAllByOrderByDisplayNameAsc().stream()
                .map(StaffUser::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffSummary> find(long id) {
        return users.findById(id).map(StaffUser::toSummary);
    }

    @Transactional
    public StaffSummary create(NewStaffUser user) {
        String email = normalizeEmail(user.email());
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new RuleViolation("email", "Enter an email address, like name@example.org.");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new RuleViolation("displayName", "Enter the name shown for this person.");
        }
        if (user.displayName().strip().length() > 120) {
            throw new RuleViolation("displayName", "A name has at most 120 characters.");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("password", "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (user.password().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new RuleViolation(
                    "password",
                    "A password can be at most " + MAX_PASSWORD_BYTES + " bytes long: 72 plain letters and digits,"
                            + " fewer with accented letters or other scripts.");
        }
        if (user.role() == null) {
            throw new RuleViolation("role", "Choose a role.");
        }
        if (users.existsByEmail(email)) {
            throw new RuleViolation("email", "There is already a staff account with this email.");
        }
        return users.save(new StaffUser(
                        email,
                        user.displayName().strip(),
                        passwordEncoder.encode(user.password()),
                        user.role(),
                        clock.instant()))
                .toSummary();
    }

    /** As {@link #create(NewStaffUser)}, on behalf of {@code by}, who must be an admin. */
    @Transactional
    public StaffSummary create(NewStaffUser user, Actor by) {
        requireAdmin(by);
        StaffSummary created = create(user);
        record(by, AuditAction.STAFF_CREATED, created, "Role " + created.role());
        return created;
    }

    /** Changes a staff member's role; their open sessions end, so that the new role holds at once. */
    @Transactional
    public void changeRole(long userId, StaffRole role) {
        if (role == null) {
            throw new RuleViolation("role", "Choose a role.");
        }
        StaffUser user = users.findById(userId).orElseThrow(() -> new RuleViolation("No such staff account."));
        if (user.getRole() == role) {
            return;
        }
        if (user.getRole() == StaffRole.ADMIN && role != StaffRole.ADMIN && user.isEnabled()) {
            requireAnotherAdmin(userId, "The last admin cannot lose the admin role.");
        }
        user.changeRole(role, clock.instant());
        sessions.endAllAfterCommit(user.getEmail());
    }

    /** As {@link #changeRole(long, StaffRole)}, on behalf of {@code by}, who must be an admin. */
    @Transactional
    public void changeRole(long userId, StaffRole role, Actor by) {
        StaffSummary before = beforeChange(userId, by);
        changeRole(userId, role);
        if (before.role() != role) {
            record(by, AuditAction.ROLE_CHANGED, before, before.role() + " → " + role);
        }
    }

    /** Enables or disables a staff account; disabling ends its open sessions. */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        StaffUser user = users.findById(userId).orElseThrow(() -> new RuleViolation("No such staff account."));
        if (!enabled && user.getRole() == StaffRole.ADMIN && user.isEnabled()) {
            requireAnotherAdmin(userId, "The last admin cannot be disabled.");
        }
        user.setEnabled(enabled, clock.instant());
        if (!enabled) {
            sessions.endAllAfterCommit(user.getEmail());
        }
    }

    /** As {@link #setEnabled(long, boolean)}, on behalf of {@code by}, who must be an admin. */
    @Transactional
    public void setEnabled(long userId, boolean enabled, Actor by) {
        StaffSummary before = beforeChange(userId, by);
        setEnabled(userId, enabled);
        if (before.enabled() != enabled) {
            record(by, enabled ? AuditAction.STAFF_ENABLED : AuditAction.STAFF_DISABLED, before, null);
        }
    }

    /** For the login: the account with this email, whatever its state. */
    @Transactional(readOnly = true)
    Optional<StaffPrincipal> findPrincipal(String email) {
        return users.findByEmail(normalizeEmail(email)).map(StaffUser::toPrincipal);
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Staff accounts are the admins' business; the web security says so too, this holds for any other caller. */
    private static void requireAdmin(Actor by) {
        if (by == null || !by.can(StaffRole.ADMIN)) {
            throw new AccessDeniedException("Only an admin can manage staff accounts.");
        }
    }

    /** The account as it is before an admin's change to it, which the audit entry compares with. */
    private StaffSummary beforeChange(long userId, Actor by) {
        requireAdmin(by);
        return find(userId).orElseThrow(() -> new RuleViolation("No such staff account."));
    }

    /** An admin's change to a staff account, in the audit log under the account's email. */
    private void record(Actor by, AuditAction action, StaffSummary account, String detail) {
        audit.record(AuditEvent.of(action)
                .by(by.id(), by.name())
                .subject(account.email())
                .detail(detail));
    }

    private void requireAnotherAdmin(long userId, String message) {
        boolean another = users.lockEnabledAdmins().stream().anyMatch(admin -> admin.getId() != userId);
        if (!another) {
            throw new RuleViolation("role", message);
        }
    }
}
