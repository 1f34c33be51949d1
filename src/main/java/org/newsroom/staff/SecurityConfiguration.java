package org.newsroom.staff;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpSession;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web security of the whole application. Reader pages are public; the admin area is for staff, by role. The
 * actuator answers only on the management port ({@code management.server.port}, kept off the public network), and
 * the public port keeps only the probes {@code /livez} and {@code /readyz}. CSRF protection is on for every form; its token lives in
 * a cookie, so that a form posted after the session expired still reaches the login page with its text kept. Every
 * response carries a strict Content Security Policy: no inline script anywhere.
 *
 * <p>Readers' requests (GET and HEAD outside the admin area) go through a chain of their own that
 * knows no session, login or saved request: a reader page is the same for everyone, never sets a cookie, and costs no
 * more security work than its headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * The policy of the pages: images from this site, and, with {@code newsroom.media.public-base-url}, from under that
     * address (a source ending in a slash allows the paths below it, and nothing else of that host).
     */
    static String contentSecurityPolicy(String mediaBase) {
        return mediaBase == null
                ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY.replace(
                        " img-src 'self' data:;", " img-src 'self' data: " + mediaBase + "/;");
    }

    /**
     * The CSRF token's cookie (HTTP-only: forms carry the token in a field): sent only with same-site requests and
     * top-level navigations ({@code SameSite=Lax}), and {@code Secure} whenever the session cookie is
     * ({@code server.servlet.session.cookie.secure}); otherwise it is {@code Secure} on requests that came over HTTPS.
     */
    static CookieCsrfTokenRepository csrfTokenRepository(boolean secureSessions) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (secureSessions) {
                cookie.secure(true);
            }
        });
        return repository;
    }

    /**
     * GET and HEAD requests for anything but the admin area. The actuator is not on the public port at all
     * ({@code management.server.port}); there {@code /actuator/**} is an unknown page like any other.
     */
    static RequestMatcher readerRequests() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher staffOnly = new OrRequestMatcher(paths.matcher("/admin"), paths.matcher("/admin/**"));
        return new AndRequestMatcher(
                new OrRequestMatcher(paths.matcher(HttpMethod.GET, "/**"), paths.matcher(HttpMethod.HEAD, "/**")),
                new NegatedRequestMatcher(staffOnly));
    }

    @Bean
    @Order(1)
    SecurityFilterChain readerFilterChain(HttpSecurity http, NewsroomProperties properties) throws Exception {
        String policy = contentSecurityPolicy(properties.media().publicBase());
        http.securityMatcher(readerRequests())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Only safe methods come here, which CSRF protection never checks anyway.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers(headers, policy));
        return http.build();
    }

    /** The headers of every response. Cache-Control is the business of each part of the site: public pages are
     * cacheable, the admin never. */
    private static void headers(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.cacheControl(cache -> cache.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureSessions,
            NewsroomProperties properties)
            throws Exception {
        String policy = contentSecurityPolicy(properties.media().publicBase());
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers("/admin/login")
                                .permitAll()
                                .requestMatchers(
                                        "/admin/staff",
                                        "/admin/staff/**",
                                        "/admin/audit",
                                        "/admin/audit/**",
                                        "/admin/api-keys",
                                        "/admin/api-keys/**",
                                        "/admin/webhooks",
                                        "/admin/webhooks/**")
                                .hasRole("ADMIN")
                                .requestMatchers("/admin/sections/**", "/admin/tags/**", "/admin/authors/**")
                                .hasRole("EDITOR")
                                .requestMatchers("/admin/live", "/admin/live/**")
                                .hasRole("EDITOR")
                                .requestMatchers("/admin/front", "/admin/front/**")
                                .hasRole("EDITOR")
                                .requestMatchers("/admin", "/admin/**")
                                .hasRole("WRITER")
                                .anyRequest()
                                .permitAll())
                .formLogin(form -> form.loginPage("/admin/login")
                        .loginProcessingUrl("/admin/login")
                        .failureUrl("/admin/login?error")
                        .successHandler(successHandler()))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signedOut"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository(secureSessions)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new KeepUnsavedWorkEntryPoint()))
                .headers(headers -> headers(headers, policy));
        return http.build();
    }

    /** After signing in: back to the page whose form was kept across an expired session, if any. */
    private static AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/admin");
        return (request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            if (session != null
                    && session.getAttribute(PendingSubmission.SESSION_ATTRIBUTE) instanceof PendingSubmission pending) {
                response.sendRedirect(request.getContextPath() + pending.returnTo());
                return;
            }
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * No observation per security filter, authorization and authentication: they showed in the CPU profile of an
     * uncached reader page (a few per cent), and traces (with {@code newsroom.tracing.enabled}) read better without a
     * span per filter. Request metrics ({@code http.server.requests}) and the request's own span stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_WRITER");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
