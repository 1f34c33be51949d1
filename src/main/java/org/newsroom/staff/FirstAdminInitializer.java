package org.newsroom.staff;

import java.security.SecureRandom;
import org.newsroom.platform.DatabaseMode;
import org.newsroom.platform.NewsroomProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure a new installation can be signed into. With no staff account at all: {@code NEWSROOM_ADMIN_EMAIL} and
 * {@code NEWSROOM_ADMIN_PASSWORD} create that admin; on the embedded database without them, {@code admin@localhost}
 * gets a random password that is logged once; otherwise the log says what to set.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {

    static final String EMBEDDED_ADMIN = "admin@localhost";
    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffService staff;
    private final NewsroomProperties.Admin admin;
    private final DatabaseMode databaseMode;

    FirstAdminInitializer(StaffService staff, NewsroomProperties properties, DatabaseMode databaseMode) {
        this.staff = staff;
        this.admin = properties.admin();
        this.databaseMode = databaseMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.count() > 0) {
            return;
        }
        try {
            if (StringUtils.hasText(admin.email()) && StringUtils.hasText(admin.password())) {
                staff.create(new NewStaffUser(admin.email(), "Administrator", admin.password(), StaffRole.ADMIN));
                log.info("Created the first admin account, {}, from NEWSROOM_ADMIN_EMAIL", admin.email());
            } else if (databaseMode == DatabaseMode.EMBEDDED) {
                String password = randomPassword();
                staff.create(new NewStaffUser(EMBEDDED_ADMIN, "Administrator", password, StaffRole.ADMIN));
                log.warn(
                        "Created the first admin account. Sign in at /admin/login as {} with the password {}"
                                + " (shown only this once).",
                        EMBEDDED_ADMIN,
                        password);
            } else {
                log.warn(
                        "No staff account exists yet. Set NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD (at least"
                                + " {} characters) and restart to create the first admin.",
                        StaffService.MIN_PASSWORD_LENGTH);
            }
        } catch (DataIntegrityViolationException e) {
            log.info("Another instance created the first admin account at the same moment");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
