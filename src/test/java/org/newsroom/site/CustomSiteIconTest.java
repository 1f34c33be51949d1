package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** {@code newsroom.site.icon}: an address of one's own, checked when the application starts. */
class CustomSiteIconTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NewsroomProperties.class)
    static class Settings {}

    @ParameterizedTest
    @ValueSource(strings = {"/media/0123abcd.jpg", "/brand/icon.png", ""})
    void aPathOfTheSiteIsTaken(String icon) {
        runner.withPropertyValues("newsroom.site.icon=" + icon)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://cdn.example/brand/icon.png",
                "//evil.example/icon.png",
                "icon.png",
                "javascript:alert(1)",
                "/favicon.ico",
                "/a b.png"
            })
    void anythingElseStopsTheStartWithTheSettingsName(String icon) {
        runner.withPropertyValues("newsroom.site.icon=" + icon).run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("newsroom.site.icon"));
    }

    @Test
    void withACustomIconTheFaviconRedirectsToIt() {
        runner.withPropertyValues("newsroom.site.icon=/brand/icon.png").run(context -> {
            SiteIcon icon = new SiteIcon(context.getBean(NewsroomProperties.class));

            var answer = icon.favicon(new ServletWebRequest(new MockHttpServletRequest("GET", "/favicon.ico")));

            assertThat(icon.getCustom()).isEqualTo("/brand/icon.png");
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FOUND);
            assertThat(answer.getHeaders().getLocation()).hasToString("/brand/icon.png");
        });
    }

    @Test
    void withoutOneItIsNewsroomsOwn() {
        runner.run(context -> {
            SiteIcon icon = new SiteIcon(context.getBean(NewsroomProperties.class));

            var answer = icon.favicon(new ServletWebRequest(new MockHttpServletRequest("GET", "/favicon.ico")));

            assertThat(icon.getCustom()).isNull();
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).startsWith(0, 0, 1, 0);
        });
    }
}
