package org.newsroom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsroom.support.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The CSRF token's cookie is {@code SameSite=Lax}, and {@code Secure} whenever the session cookie is. The cookie is
 * read over real HTTP in the browser tests' context: in the shared one, MockMvc's {@code csrf()} has replaced the
 * CSRF filter's token repository with a test one.
 */
@BrowserTest
class CsrfCookieTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageSetsTheTokenCookieSameSiteLax() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/login"))
                                .timeout(Duration.ofMinutes(1))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No XSRF-TOKEN cookie in " + login.headers()));
        assertThat(cookie).containsIgnoringCase("; SameSite=Lax");
        // The suite runs with server.servlet.session.cookie.secure=false, over plain HTTP.
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void theTokenCookieIsSecureWhenSessionsAre() {
        Cookie secureSessions = cookieFrom(SecurityConfiguration.csrfTokenRepository(true), false);
        assertThat(secureSessions.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(secureSessions.getSecure()).isTrue();

        Cookie plainSessions = cookieFrom(SecurityConfiguration.csrfTokenRepository(false), false);
        assertThat(plainSessions.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(plainSessions.getSecure()).isFalse();

        // Without secure sessions, a request that came over HTTPS still gets a Secure cookie.
        assertThat(cookieFrom(SecurityConfiguration.csrfTokenRepository(false), true)
                        .getSecure())
                .isTrue();
    }

    private static Cookie cookieFrom(CookieCsrfTokenRepository repository, boolean https) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/login");
        request.setSecure(https);
        MockHttpServletResponse response = new MockHttpServletResponse();
        repository.saveToken(repository.generateToken(request), request, response);
        Cookie cookie = response.getCookie("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        return cookie;
    }
}
