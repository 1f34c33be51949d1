package org.newsroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.platform.DatabaseMode;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first admin on an installation without staff. Each case runs in a transaction that first removes every staff
 * account and is rolled back at the end, so the shared test database keeps its accounts.
 */
@IntegrationTest
class FirstAdminInitializerTest {

    @Autowired
    StaffService staff;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    NewsroomProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theEnvironmentNamesTheFirstAdmin() {
        inEmptyInstallation(() -> {
            initializer("boss@newsroom.example", "a-password-from-the-env", DatabaseMode.EXTERNAL)
                    .run(new DefaultApplicationArguments());

            var admin = staff.findPrincipal("boss@newsroom.example").orElseThrow();
            assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
            assertThat(passwordEncoder.matches("a-password-from-the-env", admin.getPassword()))
                    .isTrue();
        });
    }

    @Test
    void theEmbeddedDatabaseGetsAdminAtLocalhostWithARandomPassword() {
        inEmptyInstallation(() -> {
            initializer(null, null, DatabaseMode.EMBEDDED).run(new DefaultApplicationArguments());

            var admin =
                    staff.findPrincipal(FirstAdminInitializer.EMBEDDED_ADMIN).orElseThrow();
            assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
            assertThat(admin.getPassword()).startsWith("{bcrypt}");
        });
    }

    @Test
    void elsewhereWithoutTheEnvironmentNoAccountIsMade() {
        inEmptyInstallation(() -> {
            initializer(null, null, DatabaseMode.EXTERNAL).run(new DefaultApplicationArguments());

            assertThat(staff.count()).isZero();
        });
    }

    @Test
    void anInstallationWithStaffIsLeftAlone() {
        long before = staff.count();

        initializer("another@newsroom.example", "a-password-from-the-env", DatabaseMode.EXTERNAL)
                .run(new DefaultApplicationArguments());

        assertThat(staff.count()).isEqualTo(before);
        assertThat(staff.findPrincipal("another@newsroom.example")).isEmpty();
    }

    private FirstAdminInitializer initializer(String email, String password, DatabaseMode mode) {
        var withAdmin = new NewsroomProperties(
                properties.site(),
                properties.demoContent(),
                properties.embeddedDatabase(),
                new NewsroomProperties.Admin(email, password),
                properties.media(),
                properties.pageCache(),
                properties.scheduler(),
                properties.database(),
                properties.editor(),
                properties.tracing());
        return new FirstAdminInitializer(staff, withAdmin, mode);
    }

    private void inEmptyInstallation(Runnable check) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.sql("delete from staff_users").update();
            check.run();
            status.setRollbackOnly();
        });
    }
}
