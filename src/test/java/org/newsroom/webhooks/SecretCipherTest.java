package org.newsroom.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With a key configured, secrets are stored encrypted and read back; without one, as they are. */
class SecretCipherTest {

    private static SecretCipher cipher(String key) {
        return new SecretCipher(new WebhookProperties(
                true,
                Duration.ofSeconds(10),
                List.of(Duration.ofSeconds(5)),
                Duration.ofHours(24),
                false,
                List.of(),
                4,
                Duration.ofSeconds(10),
                key));
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void withAKeyASecretIsStoredEncryptedAndReadBack() {
        SecretCipher cipher = cipher(newKey());
        String secret = WebhookSigner.newSecret();

        String stored = cipher.seal(secret);

        assertThat(stored).startsWith("enc:v1:").doesNotContain(secret.substring(6, 20));
        assertThat(stored.length()).isLessThanOrEqualTo(200);
        assertThat(cipher.seal(secret)).as("a fresh nonce each time").isNotEqualTo(stored);
        assertThat(cipher.open(stored)).isEqualTo(secret);
        // A secret stored before the key was set still reads.
        assertThat(cipher.open(secret)).isEqualTo(secret);
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void withoutTheKeyAnEncryptedSecretCannotBeRead() {
        String stored = cipher(newKey()).seal(WebhookSigner.newSecret());

        assertThat(cipher(null).seal("whsec_plain")).isEqualTo("whsec_plain");
        assertThatThrownBy(() -> cipher(null).open(stored)).hasMessageContaining("newsroom.webhooks.secret-key");
        assertThatThrownBy(() -> cipher(newKey()).open(stored)).hasMessageContaining("cannot be decrypted");
    }
}
