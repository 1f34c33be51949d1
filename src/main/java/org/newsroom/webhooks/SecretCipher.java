package org.newsroom.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the endpoints' signing secrets encrypted in the database when {@code newsroom.webhooks.secret-key} is set
 * (AES-256-GCM, the key from the environment, never from the database), so that a copy of the database, a backup, is
 * not enough to sign as the newsroom. Without a key they are kept as they are: they must be read back to sign, so they
 * can never be hashed. A secret kept before the key was set still reads; one encrypted cannot be read without the key.
 */
final class SecretCipher {

    static final String PREFIX = "enc:v1:";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretCipher(WebhookProperties properties) {
        this.key = properties.secretKey() == null || properties.secretKey().isBlank()
                ? null
                : new SecretKeySpec(Base64.getDecoder().decode(properties.secretKey()), "AES");
    }

    /** What to store for a secret. */
    String seal(String secret) {
        if (key == null) {
            return secret;
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE);
            System.arraycopy(sealed, 0, stored, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    /** The secret that was stored; {@code null} stays {@code null}. */
    String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            throw new IllegalStateException(
                    "A webhook secret is encrypted, and newsroom.webhooks.secret-key is not set to read it");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A webhook secret cannot be decrypted with newsroom.webhooks.secret-key", e);
        }
    }
}
