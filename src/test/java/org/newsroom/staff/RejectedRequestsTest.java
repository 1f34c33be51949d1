package org.newsroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * Requests the servlet container or the security firewall refuse before any controller runs, sent byte for byte over a
 * socket (an HTTP client would normalise them): the site's 400 page with the site's security headers, never Tomcat's.
 */
@IntegrationTest
class RejectedRequestsTest {

    @Value("${local.server.port}")
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/world%2Fsecret", // an encoded slash
                "/world/../admin", // a dot-dot segment
                "/world/%2e%2e/admin", // an encoded one
                "/world/..;/admin", // a path parameter hiding one
                "/world%00.html", // a NUL
                "/world/%C0%AE%C0%AE/admin", // overlong UTF-8 for "."
                "/world/%FF", // not UTF-8 at all
                "/search?q[]=geneva", // brackets in the query
                "/search?q=%FF&q[]=x"
            })
    void aRefusedRequestGetsTheSites400PageWithItsSecurityHeaders(String rawPath) throws IOException {
        assertSites400Page(send(rawPath));
    }

    @ParameterizedTest
    @ValueSource(ints = {9_000, 70_000})
    void anOverlongUrlGetsTheSites400Page(int length) throws IOException {
        assertSites400Page(send("/search?q=" + "a".repeat(length)));
    }

    private void assertSites400Page(Response refused) throws IOException {
        Response normal = send("/");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("content-type")).startsWith("text/html");
        assertThat(refused.body())
                .contains("We couldn’t handle that request")
                .contains("class=\"masthead__name\"")
                .doesNotContainIgnoringCase("tomcat")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        for (String header :
                new String[] {"x-content-type-options", "content-security-policy", "x-frame-options", "referrer-policy"
                }) {
            assertThat(refused.header(header)).as(header).isNotNull().isEqualTo(normal.header(header));
        }
    }

    private Response send(String rawPath) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String request = "GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, headEnd).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.putIfAbsent(
                        head[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(head[0].substring(9, 12)), headers, response.substring(headEnd + 4));
        }
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }
}
