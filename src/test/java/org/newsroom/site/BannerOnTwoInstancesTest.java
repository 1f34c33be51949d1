package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.newsroom.NewsroomApplication;
import org.newsroom.article.ArticleService;
import org.newsroom.frontpage.BannerInput;
import org.newsroom.frontpage.BannerLevel;
import org.newsroom.frontpage.BannerService;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application on one database, as behind a load balancer: a banner set on one is on the other's
 * pages as soon as the database's notification arrives there, and one ended there is gone from the first. The test
 * waits for the notifications themselves, never for the clock: a notification reaches every listening instance as the
 * change commits, which is what makes "within a second".
 */
@IntegrationTest
class BannerOnTwoInstancesTest {

    @Autowired
    Browserless browser;

    @Autowired
    BannerService banners;

    @Autowired
    ArticleService articles;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentChangeListener listener;

    @Test
    void aBannerSetOnOneInstanceIsOnTheOthersPagesAndEndedThereIsGoneFromTheFirst() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long id = stories.story("Two instances " + UUID.randomUUID()).publishedAt(stories.newest());
        String storyPath = articles.findPublishedPath(id).orElseThrow();
        try (ConfigurableApplicationContext other = secondInstance()) {
            String otherPort = other.getEnvironment().getRequiredProperty("local.server.port");
            ContentChangeListener otherListener = other.getBean(ContentChangeListener.class);
            String line = "On every instance " + UUID.randomUUID();
            assertThat(get(otherPort, "/")).doesNotContain(line);
            assertThat(get(otherPort, storyPath)).doesNotContain("news-banner"); // now in its cache

            banners.set(
                    new BannerInput(
                            line,
                            BannerLevel.BREAKING,
                            storyPath,
                            java.time.Instant.now().plus(Duration.ofHours(1))),
                    editor);

            settled(otherListener); // the banner's notification ("*": every page) reached the other instance
            assertThat(get(otherPort, "/")).contains(line);
            assertThat(get(otherPort, storyPath)).contains(line);
            assertThat(browser.get(storyPath).body()).contains(line);

            BannerService otherBanners = other.getBean(BannerService.class);
            otherBanners.end(otherBanners.details().orElseThrow().id(), editor);
            settled(listener);

            assertThat(browser.get("/").body()).doesNotContain(line);
            assertThat(browser.get(storyPath).body()).doesNotContain("news-banner");
            assertThat(get(otherPort, storyPath)).doesNotContain("news-banner");
        } finally {
            banners.details().ifPresent(live -> banners.end(live.id(), editor));
        }
    }

    /** The application again, on the same database, with its own port, page cache and notification listener. */
    private ConfigurableApplicationContext secondInstance() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        return new SpringApplicationBuilder(NewsroomApplication.class)
                .properties(
                        "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(),
                        "spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                        "spring.datasource.hikari.maximum-pool-size=4",
                        "server.port=0",
                        "management.server.port=0",
                        "newsroom.embedded-database.enabled=false",
                        "newsroom.demo-content=false",
                        "newsroom.scheduler.enabled=false",
                        "newsroom.media.dir=target/test-media")
                .run();
    }

    /**
     * Waits until every change committed so far has reached that instance: a marker notified now arrives after them,
     * as notifications arrive in commit order.
     */
    private void settled(ContentChangeListener listener) throws InterruptedException {
        // A key no page names: the marker itself empties no page, so what the test then sees is the banner's doing.
        String marker = "keys settled-" + UUID.randomUUID();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", ContentChangeListener.CHANNEL)
                .param("payload", marker)
                .query(Object.class)
                .single();
        assertThat(listener.awaitReceived(marker, Duration.ofMinutes(1))).isTrue();
    }

    private static String get(String port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html")
                                .timeout(Duration.ofMinutes(1))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
