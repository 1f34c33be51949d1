package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.api.ApiProperties;
import org.newsroom.live.LiveProperties;
import org.newsroom.webhooks.WebhookProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The settings' defaults live in {@link NewsroomProperties} alone (not in {@code application.yml}, not in
 * {@code @Value}), and a bad value stops the start with the setting's name.
 */
class NewsroomPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NewsroomProperties.class)
    static class Settings {}

    @Test
    void withNothingSetEverySettingHasTheDefaultTheReadmeGives() {
        runner.run(context -> {
            NewsroomProperties settings = context.getBean(NewsroomProperties.class);

            assertThat(settings.site().name()).isEqualTo("Newsroom");
            assertThat(settings.site().timeZone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(settings.site().language()).isEqualTo("en");
            assertThat(settings.site().baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(settings.site().customIcon()).isNull();
            assertThat(settings.demoContent()).isNull();
            assertThat(settings.embeddedDatabase().enabled()).isTrue();
            assertThat(settings.embeddedDatabase().dataDir()).isEqualTo(Path.of("data/postgres"));
            assertThat(settings.media().dir()).isEqualTo(Path.of("data/media"));
            assertThat(settings.media().maxBytes()).isEqualTo(DataSize.ofMegabytes(20));
            assertThat(settings.media().maxPixels()).isEqualTo(50_000_000L);
            assertThat(settings.pageCache().enabled()).isTrue();
            assertThat(settings.pageCache().ttl()).isEqualTo(Duration.ofSeconds(60));
            assertThat(settings.pageCache().maxPages()).isEqualTo(5000);
            assertThat(settings.pageCache().renderWait()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.scheduler().interval()).isEqualTo(Duration.ofSeconds(10));
            assertThat(settings.editor().autosaveInterval()).isEqualTo(Duration.ofSeconds(5));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar", "pt-BR", "zh-Hant", "fil"})
    void aKnownLanguageTagIsTaken(String language) {
        runner.withPropertyValues("newsroom.site.language=" + language)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "english", "en_GB", "EN", "e", "en-"})
    void anUnknownLanguageTagStopsTheStartWithTheSettingsName(String language) {
        assertStartFails("newsroom.site.language=" + language, "site.language", "BCP 47");
    }

    @ParameterizedTest
    @CsvSource({
        "newsroom.scheduler.interval=-10s, newsroom.scheduler.interval, more than zero",
        "newsroom.scheduler.interval=0s, newsroom.scheduler.interval, more than zero",
        "newsroom.page-cache.ttl=-1s, pageCache.ttl, zero or more",
        "newsroom.page-cache.render-wait=-1s, pageCache.renderWait, zero or more",
        "newsroom.page-cache.max-pages=-1, pageCache.maxPages, greater than or equal to 0",
        "newsroom.editor.autosave-interval=0s, editor.autosaveInterval, at least 100ms"
    })
    // The exception names the record's component (pageCache.ttl); the start-up report made of it names the setting
    // (Property: newsroom.page-cache.ttl) and its origin.
    void aNegativeDurationOrCountStopsTheStartWithTheSettingsName(String setting, String name, String reason) {
        assertStartFails(setting, name, reason);
    }

    @Test
    void imagesStayOnTheFileSystemUnlessTheS3StoreIsChosenWithABucket() {
        runner.run(context -> {
            NewsroomProperties.Media media =
                    context.getBean(NewsroomProperties.class).media();
            assertThat(media.store()).isEqualTo(NewsroomProperties.Media.Store.FILESYSTEM);
            assertThat(media.publicBase()).isNull();
            assertThat(media.s3().region()).isEqualTo("us-east-1");
        });
        runner.withPropertyValues(
                        "newsroom.media.store=s3",
                        "newsroom.media.s3.bucket=newsroom-media",
                        "newsroom.media.s3.endpoint=http://minio:9000",
                        "newsroom.media.s3.secret-key=very-secret",
                        "newsroom.media.public-base-url=https://img.news.example/media")
                .run(context -> {
                    NewsroomProperties.Media media =
                            context.getBean(NewsroomProperties.class).media();
                    assertThat(media.store()).isEqualTo(NewsroomProperties.Media.Store.S3);
                    assertThat(media.publicBase()).isEqualTo("https://img.news.example/media");
                    assertThat(media.s3().toString()).doesNotContain("very-secret");
                });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "newsroom.media.store=s3 | bucketGivenForS3 | newsroom.media.s3.bucket is needed",
                "newsroom.media.public-base-url=https://img.example | publicBaseOnlyWithS3 | needs newsroom.media.store s3",
                "newsroom.media.public-base-url=https://img.example/ | publicBaseUrl | without a trailing slash",
                "newsroom.media.s3.endpoint=minio:9000 | s3.endpoint | an http(s) address"
            })
    void aMediaStoreThatCannotWorkStopsTheStartWithTheSettingsName(String setting, String name, String reason) {
        assertStartFails(setting, name, reason);
    }

    @Test
    void zeroIsAValidWaitAndCacheSize() {
        runner.withPropertyValues(
                        "newsroom.page-cache.render-wait=0s",
                        "newsroom.page-cache.ttl=0s",
                        "newsroom.page-cache.max-pages=0")
                .run(context -> assertThat(context).hasNotFailed());
    }

    /** The README's configuration table has a row for every setting, with its environment variable, and no other. */
    @Test
    void theReadmeListsEverySettingAndNoOther() throws IOException {
        // The modules' own settings records (the content API's, live coverage's, webhooks') are listed in the same
        // table.
        List<String> settings = new ArrayList<>(settingsOf(NewsroomProperties.class, "newsroom"));
        settings.addAll(settingsOf(ApiProperties.class, "newsroom.api"));
        settings.addAll(settingsOf(LiveProperties.class, "newsroom.live"));
        settings.addAll(settingsOf(WebhookProperties.class, "newsroom.webhooks"));
        String readme = Files.readString(Path.of("README.md"));
        List<String> documented = Pattern.compile("^\\| `(newsroom\\.[a-z0-9.-]+)` \\|", Pattern.MULTILINE)
                .matcher(readme)
                .results()
                .map(match -> match.group(1))
                .toList();

        assertThat(settings).contains("newsroom.page-cache.render-wait", "newsroom.scheduler.interval");
        // The CDN's own settings are a record of their own (CdnProperties), listed whole in docs/cdn.md; the README
        // names the two an operator sets first.
        List<String> cdn = settingsOf(CdnProperties.class, "newsroom.cdn");
        assertThat(documented.stream().filter(name -> name.startsWith("newsroom.cdn.")))
                .containsExactlyInAnyOrder("newsroom.cdn.backend", "newsroom.cdn.edge-max-age");
        assertThat(cdn).contains("newsroom.cdn.backend", "newsroom.cdn.edge-max-age");
        assertThat(documented.stream().filter(name -> !name.startsWith("newsroom.cdn.")))
                .containsExactlyInAnyOrderElementsOf(settings);
        for (String setting : settings) {
            String variable = setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            assertThat(readme).contains("| `" + setting + "` | `" + variable + "` |");
        }
    }

    /** The names of a settings record's leaves: {@code newsroom.page-cache.ttl} for {@code pageCache().ttl()}. */
    private static List<String> settingsOf(Class<?> type, String prefix) {
        return settingsOf(type, type, prefix);
    }

    private static List<String> settingsOf(Class<?> root, Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "."
                    + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            if (component.getType().isRecord() && component.getType().getEnclosingClass() == root) {
                names.addAll(settingsOf(root, component.getType(), name));
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private void assertStartFails(String setting, String name, String reason) {
        runner.withPropertyValues(setting).run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining(name)
                .hasMessageContaining(reason));
    }
}
