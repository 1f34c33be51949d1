package org.newsroom.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks specification makes them, checked against its published vector. */
class WebhookSignerTest {

    // The specification's test vector, as the reference libraries' own tests have it (e.g. the svix PHP library's
    // testSignFunctionWorks): this secret, id, timestamp and body sign to exactly this.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void theSpecificationsTestVectorSignsAsPublished() {
        assertThat(WebhookSigner.signature(List.of(SECRET), ID, TIMESTAMP, BODY))
                .isEqualTo(EXPECTED);
        // And the test's own receiver, which recomputes with the JDK's HMAC, agrees with the vector too.
        assertThat("v1," + WebhookReceiver.hmac(SECRET, ID + "." + TIMESTAMP + "." + BODY))
                .isEqualTo(EXPECTED);
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparatedTheNewOneFirst() {
        String fresh = WebhookSigner.newSecret();
        String header = WebhookSigner.signature(List.of(fresh, SECRET), ID, TIMESTAMP, BODY);

        assertThat(header.split(" ")).hasSize(2);
        assertThat(header.split(" ")[1]).isEqualTo(EXPECTED);
        WebhookReceiver.Received request =
                new WebhookReceiver.Received(ID, Long.toString(TIMESTAMP), header, BODY, 200);
        assertThat(request.signedWith(fresh)).isTrue();
        assertThat(request.signedWith(SECRET)).isTrue();
        assertThat(request.signedWith(WebhookSigner.newSecret())).isFalse();
    }

    @Test
    void aNewSecretIsWhsecAndTwentyFourToThirtyTwoRandomBytes() {
        String secret = WebhookSigner.newSecret();
        assertThat(secret).startsWith("whsec_");
        byte[] key = java.util.Base64.getDecoder().decode(secret.substring(6));
        assertThat(key.length).isBetween(24, 32);
        assertThat(WebhookSigner.newSecret()).isNotEqualTo(secret);
    }
}
