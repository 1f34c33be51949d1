package org.newsroom.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Standard Webhooks signatures, made by the specification's own Java library: {@code v1,} and the base64 HMAC-SHA256
 * of {@code id.timestamp.body}, keyed with the bytes of the {@code whsec_} secret. With a rotation under way, both
 * secrets sign, and the header carries both signatures, space-separated, so that a receiver holding either verifies.
 */
final class WebhookSigner {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {}

    /** A new secret: {@code whsec_} and 32 random bytes in base64, as the specification's libraries make them. */
    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value for these secrets, the current one first. */
    static String signature(List<String> secrets, String messageId, long timestampSeconds, String body) {
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            try {
                signatures.add(new Webhook(secret).sign(messageId, timestampSeconds, body));
            } catch (WebhookSigningException e) {
                throw new IllegalStateException("Cannot sign a webhook: " + e.getMessage(), e);
            }
        }
        return String.join(" ", signatures);
    }
}
