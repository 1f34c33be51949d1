package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.platform.DatabaseNotifications;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.PgBouncer;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestDatabase;
import org.newsroom.support.TestSupportConfiguration;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application through PgBouncer in transaction mode, as docs/operations.md sets it up: the pool's queries go
 * through it (with pgjdbc's {@code prepareThreshold=0}, since PgBouncer 1.18 keeps no prepared statement across
 * server connections), and the one listening connection goes straight to PostgreSQL
 * ({@code newsroom.database.listen-url}), where a {@code LISTEN} can work. PgBouncer is Debian's, started here on a free
 * port; without it the test is skipped, except in CI ({@code CI} set), where it must run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsroom.embedded-database.enabled=false",
            "newsroom.demo-content=false",
            "newsroom.scheduler.enabled=false",
            "newsroom.media.dir=target/test-media",
            "management.server.port=0"
        })
@Import({TestSupportConfiguration.class, Browserless.class, Staff.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PgBouncerTest {

    /** Fewer server connections than the pool has clients, so that transactions of one client move between them. */
    private static final int SERVER_CONNECTIONS = 2;

    private static PgBouncer pgBouncer;

    @Autowired
    Browserless browser;

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

    @Autowired
    ContentChangeListener listener;

    @Autowired
    DatabaseNotifications notifications;

    @BeforeAll
    static void pgBouncerIsHere() {
        if (System.getenv("CI") == null) {
            assumeThat(PgBouncer.installed())
                    .as("Debian's pgbouncer (apt-get install pgbouncer); CI must have it")
                    .isTrue();
            assumeThat(TestDatabase.source())
                    .as("a PostgreSQL server to put PgBouncer in front of")
                    .isNotEqualTo(TestDatabase.Source.TESTCONTAINERS);
        }
    }

    @DynamicPropertySource
    static void throughPgBouncer(DynamicPropertyRegistry registry) {
        TestDatabase.Server server = TestDatabase.server();
        pgBouncer = PgBouncer.start(server, SERVER_CONNECTIONS);
        registry.add("spring.datasource.url", () -> pgBouncer.url(PgBouncer.databaseOf(server.url())));
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", server::password);
        registry.add("newsroom.database.listen-url", server::url);
    }

    @AfterAll
    static void stopPgBouncer() {
        if (pgBouncer != null) {
            pgBouncer.close();
        }
    }

    @Test
    void aPublicationReachesTheReaderPageAndChangesArriveAsNotifications() throws Exception {
        assertThat(notifications.direct()).isTrue();
        Actor editor = staff.create(StaffRole.EDITOR).actor();
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = drafting.create(input("Pooled " + UUID.randomUUID(), "Through the pooler.", desk), editor);
        String path = publishing.publish(
                id, version(id, editor), input(headline(id, editor), "Through the pooler.", desk), editor);

        assertThat(browser.get(path).body()).contains("Through the pooler.");

        // A change the cache cannot know of but by the database's notification, sent through PgBouncer, heard on the
        // direct connection.
        jdbc.sql("update articles set body_html = '<p>Changed, then notified.</p>' where id = :id")
                .param("id", id)
                .update();
        String marker = "pgbouncer-" + UUID.randomUUID();
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", ContentChangeListener.CHANNEL)
                .param("payload", marker)
                .query(Object.class)
                .single();
        assertThat(listener.awaitReceived(marker, Duration.ofMinutes(1)))
                .as("the notification arrived")
                .isTrue();
        assertThat(browser.get(path).body()).contains("Changed, then notified.");
    }

    @Test
    void theSameStatementsRunAgainAndAgainFromEveryConnectionInTransactionMode() throws Exception {
        sections.ensureSection("test-desk", "Test desk", null, 99);
        int clients = 8;
        var start = new CyclicBarrier(clients);
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Long>> runs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    long total = 0;
                    // Far past pgjdbc's default prepareThreshold (5), after which it would name a server-side
                    // statement on one server connection and look for it on another.
                    for (int n = 0; n < 40; n++) {
                        total += jdbc.sql("select count(*) from sections where position >= :order")
                                .param("order", n % 3)
                                .query(Long.class)
                                .single();
                    }
                    return total;
                }));
            }
            for (Future<Long> run : runs) {
                assertThat(run.get()).isPositive();
            }
        }

        Map<String, String> config = admin("SHOW CONFIG", "key", "value");
        assertThat(config).containsEntry("pool_mode", "transaction");
        String database = PgBouncer.databaseOf(TestDatabase.server().url());
        long transactions = Long.parseLong(
                admin("SHOW STATS", "database", "total_xact_count").get(database));
        assertThat(transactions).as("transactions through PgBouncer").isGreaterThanOrEqualTo(clients * 40L);
    }

    /**
     * One column by another of an admin console command's rows, read with psql: pgjdbc cannot talk to the console (it
     * sends {@code SET} commands that the console refuses).
     */
    private static Map<String, String> admin(String command, String key, String value) throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        Process psql = new ProcessBuilder(
                        "psql",
                        "-X",
                        "-A",
                        "-F",
                        "|",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(pgBouncer.port()),
                        "-U",
                        server.username(),
                        "-d",
                        "pgbouncer",
                        "-c",
                        command)
                .redirectErrorStream(true)
                .start();
        List<String> lines = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(psql.waitFor()).as("psql: %s", lines).isZero();
        List<String> header = List.of(lines.getFirst().split("\\|", -1));
        Map<String, String> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|", -1);
            if (cells.length == header.size()) {
                rows.put(cells[header.indexOf(key)], cells[header.indexOf(value)]);
            }
        }
        return rows;
    }

    private long version(long id, Actor editor) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id, Actor editor) {
        return editorQueries.open(id, editor).input().headline();
    }

    private static StoryInput input(String headline, String body, long desk) {
        return StoryInputs.story(headline).body(body).sectionId(desk).build();
    }
}
