package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.NewsroomApplication;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application on one database: the test's own, and a second one started here. An update to a
 * story empties, on both, the pages that show it, and only those: an unrelated page stays a cache hit ({@code Age}).
 * The test waits for the database's notifications to reach both instances (a marker notified after the change arrives
 * after it); how long that took is logged, not asserted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesTest.class);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ContentChangeListener listener;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    ConfigurableApplicationContext second;
    int secondPort;
    final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startASecondInstance() throws java.sql.SQLException {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        second = new SpringApplicationBuilder(NewsroomApplication.class)
                .properties(
                        "server.port=0",
                        "management.server.port=0",
                        "newsroom.embedded-database.enabled=false",
                        "newsroom.demo-content=false",
                        "newsroom.scheduler.enabled=false",
                        "newsroom.media.dir=target/test-media",
                        "spring.datasource.url=" + database.getJdbcUrl(),
                        "spring.datasource.username=" + database.getUsername(),
                        "spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()))
                .run();
        secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @AfterAll
    void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anUpdateEmptiesOnBothInstancesOnlyThePagesThatShowTheStory() throws Exception {
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long desk = sections.ensureSection("twin-desk", "Twin desk", null, 94).id();
        long other =
                sections.ensureSection("twin-other", "Twin other", null, 93).id();
        long a = drafting.create(input("Geneva talks " + suffix, "Deck before", "Talks resume.", desk), editor);
        String pathA = publishing.publish(
                a, version(a, editor), input(headline(a, editor), "Deck before", "Talks resume.", desk), editor);
        long b = drafting.create(input("Unrelated " + suffix, "Other deck", "Other text.", other), editor);
        String pathB = publishing.publish(
                b, version(b, editor), input(headline(b, editor), "Other deck", "Other text.", other), editor);
        settled();

        List<Integer> instances = List.of(port, secondPort);
        for (int instance : instances) {
            for (String path : List.of(pathA, pathB, "/", "/twin-desk")) {
                get(instance, path);
                assertThat(get(instance, path).headers().firstValue("Age"))
                        .as(path + " cached on " + instance)
                        .isPresent();
            }
        }

        long start = System.nanoTime();
        publishing.publishUpdate(
                a,
                version(a, editor),
                input(headline(a, editor), "Deck after", "Talks resumed today.", desk),
                true,
                editor);
        settled();
        log.info(
                "An update reached both instances' caches {} ms after it committed",
                (System.nanoTime() - start) / 1_000_000);

        for (int instance : instances) {
            HttpResponse<String> article = get(instance, pathA);
            assertThat(article.body()).as("A on " + instance).contains("Talks resumed today.");
            assertThat(article.headers().firstValue("Age"))
                    .as("A rendered afresh on " + instance)
                    .isEmpty();
            assertThat(get(instance, "/").body())
                    .as("front page on " + instance)
                    .contains("Deck after");
            assertThat(get(instance, "/twin-desk").body())
                    .as("section on " + instance)
                    .contains("Deck after");
            assertThat(get(instance, pathB).headers().firstValue("Age"))
                    .as("the unrelated story is still a hit on " + instance)
                    .isPresent();
        }
    }

    /**
     * Waits until every notification committed so far has reached both instances: a marker notified now arrives after
     * them. It names a key no page has, so it empties nothing itself.
     */
    private void settled() throws InterruptedException {
        String marker = "keys settled:" + UUID.randomUUID();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", ContentChangeListener.CHANNEL)
                .param("payload", marker)
                .query(Object.class)
                .single();
        assertThat(listener.awaitReceived(marker, Duration.ofMinutes(1))).isTrue();
        assertThat(second.getBean(ContentChangeListener.class).awaitReceived(marker, Duration.ofMinutes(1)))
                .isTrue();
    }

    private HttpResponse<String> get(int instance, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + instance + path))
                        .header("Accept", "text/html")
                        .timeout(Duration.ofMinutes(1))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long version(long id, Actor editor) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id, Actor editor) {
        return editorQueries.open(id, editor).input().headline();
    }

    private static StoryInput input(String headline, String deck, String body, long desk) {
        return StoryInputs.story(headline).deck(deck).body(body).sectionId(desk).build();
    }
}
