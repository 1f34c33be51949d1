package org.newsroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.support.TestSupportConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The production password hash, and the cheaper one the integration tests use in its place: production hashes with
 * BCrypt at cost 10, and verifies what the tests' encoder writes, so that the tests' shortcut hides no difference of
 * format.
 */
class PasswordHashingTest {

    private final PasswordEncoder production = new SecurityConfiguration().passwordEncoder();

    @Test
    void productionHashesWithBcryptAtCostTen() {
        String hash = production.encode("correct horse battery staple");

        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(production.matches("correct horse battery staple", hash)).isTrue();
        assertThat(production.matches("wrong horse", hash)).isFalse();
    }

    @Test
    void whatTheTestsHashProductionVerifies() {
        String hash = TestSupportConfiguration.cheapPasswordEncoder().encode("correct horse battery staple");

        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(production.matches("correct horse battery staple", hash)).isTrue();
        assertThat(production.matches("wrong horse", hash)).isFalse();
    }
}
