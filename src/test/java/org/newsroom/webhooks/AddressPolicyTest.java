package org.newsroom.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the default settings, webhooks may not call internal addresses, neither at registration nor when delivering;
 * the configuration can allow them, all or by network.
 */
class AddressPolicyTest {

    static WebhookProperties settings(boolean allowInternal, List<String> networks) {
        return new WebhookProperties(
                true,
                Duration.ofSeconds(2),
                List.of(Duration.ofMillis(100)),
                Duration.ofHours(24),
                allowInternal,
                networks,
                2,
                Duration.ofSeconds(1),
                null);
    }

    private final AddressPolicy defaults = new AddressPolicy(settings(false, List.of()));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://localhost:8080/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.1/hook",
                "http://172.31.255.255/hook",
                "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://0.0.0.0/hook",
                "http://224.0.0.1/hook",
                "http://100.64.0.1/hook",
                "http://[::1]/hook",
                "http://[::]/hook",
                "http://[fc00::1]/hook",
                "http://[fd12:3456::1]/hook",
                "http://[fe80::1]/hook",
                "http://[ff02::1]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://[::ffff:169.254.169.254]/hook"
            })
    void internalAddressesAreRefusedByDefault(String url) {
        assertThat(defaults.refusal(url))
                .hasValueSatisfying(reason -> assertThat(reason).contains("which webhooks may not call"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "https://8.8.8.8/hook", "http://[2606:4700::1111]/hook"})
    void publicAddressesAreTaken(String url) {
        assertThat(defaults.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/passwd", "gopher://1.2.3.4/", "not a url", "http:///x"})
    void onlyHttpUrlsWithAHostAreTaken(String url) {
        assertThat(defaults.refusal(url)).isPresent();
    }

    @Test
    void theConfigurationAllowsANetworkOrEverythingInternal() {
        AddressPolicy loopback = new AddressPolicy(settings(false, List.of("127.0.0.0/8")));
        assertThat(loopback.refusal("http://127.0.0.1:9000/hook")).isEmpty();
        assertThat(loopback.refusal("http://10.0.0.1/hook")).isPresent();
        assertThat(loopback.refusal("http://169.254.169.254/")).isPresent();

        AddressPolicy all = new AddressPolicy(settings(true, List.of()));
        assertThat(all.refusal("http://10.0.0.1/hook")).isEmpty();
    }

    @Test
    void aDeliveryToAnInternalAddressIsRefusedAfterResolvingAndNeverSent() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            // "localhost" is a name: only resolving it shows that it is loopback.
            String url = receiver.url().replace("127.0.0.1", "localhost");
            WebhookSender sender = new WebhookSender(settings(false, List.of()), java.time.Clock.systemUTC());

            WebhookSender.Outcome outcome = sender.send(
                    new WebhookDeliveries.Claimed(1, 1, "msg_1", "{}", 1, url, WebhookSigner.newSecret(), null));

            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.statusCode()).isNull();
            assertThat(outcome.error()).contains("Refused").contains("loopback");
            assertThat(receiver.all()).isEmpty();

            // The same delivery with loopback allowed goes through: the refusal was the policy, not the receiver.
            WebhookSender allowed =
                    new WebhookSender(settings(false, List.of("127.0.0.0/8", "::1/128")), java.time.Clock.systemUTC());
            assertThat(allowed.send(new WebhookDeliveries.Claimed(
                                    1, 1, "msg_1", "{}", 1, url, WebhookSigner.newSecret(), null))
                            .succeeded())
                    .isTrue();
            assertThat(receiver.all()).hasSize(1);
        }
    }
}
