package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageUploads;
import org.newsroom.media.Rendition;
import org.newsroom.media.UploadResult;
import org.newsroom.staff.Actor;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.newsroom.support.S3ProxyServer;
import org.newsroom.support.SecondInstance;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestDatabase;
import org.newsroom.support.TestImages;
import org.newsroom.taxonomy.SectionService;
import org.postgresql.PGConnection;

/**
 * Two instances of the application started here, A and B, on one database of their own and one S3 bucket, each with
 * its scheduler running, as two replicas behind a load balancer are: what one holds is the other's too. A session
 * signed in on A is good on B; failed sign-ins on A throttle B; a scheduled story goes out once although both
 * schedulers wake for it; an update on A is fresh on B while an unrelated page stays a hit there ({@code Age}); an
 * image uploaded on A is served by B. The instances are shared by the tests of the class (starting one is the dearest
 * thing in the suite). Waits are on the database's notifications and the pages' own answers, never on the clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesSharedStateTest {

    private static final Duration CAP = Duration.ofMinutes(2);
    private static final String PASSWORD = "a-long-test-password";

    TestDatabase.Server database;
    SecondInstance a;
    SecondInstance b;
    final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void startTwoInstancesOnOneDatabaseAndOneBucket() {
        database = TestDatabase.separate("twins");
        S3ProxyServer s3 = S3ProxyServer.get();
        String bucket = s3.newBucket();
        // One after the other: the first migrates the database and seeds the demo content, the second finds it done.
        a = SecondInstance.run(settings(s3, bucket));
        b = SecondInstance.run(settings(s3, bucket));
    }

    private String[] settings(S3ProxyServer s3, String bucket) {
        return new String[] {
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.username(),
            "--spring.datasource.password=" + database.password(),
            "--spring.datasource.hikari.maximum-pool-size=4",
            "--server.port=0",
            "--management.server.port=0",
            // X-Forwarded-For from loopback is believed, as from a trusted proxy: each test signs in from addresses
            // of its own.
            "--server.forward-headers-strategy=native",
            "--newsroom.embedded-database.enabled=false",
            "--newsroom.demo-content=true",
            "--newsroom.scheduler.enabled=true",
            "--newsroom.page-cache.render-wait=1m",
            "--newsroom.media.store=s3",
            "--newsroom.media.s3.bucket=" + bucket,
            "--newsroom.media.s3.endpoint=" + s3.endpoint(),
            "--newsroom.media.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
            "--newsroom.media.s3.secret-key=" + S3ProxyServer.SECRET_KEY
        };
    }

    @AfterAll
    void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aSessionSignedInOnOneInstanceIsGoodOnTheOther() throws Exception {
        StaffSummary editor = staffMember(StaffRole.EDITOR);
        String address = freshAddress();

        HttpResponse<String> signedIn = signIn(a, editor.email(), PASSWORD, address);
        assertThat(location(signedIn)).isEqualTo("/admin");
        String session = cookie(signedIn);

        HttpResponse<String> onB =
                send(b, HttpRequest.newBuilder(uri(b, "/admin")).header("Cookie", session));
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(editor.displayName());
        HttpResponse<String> stranger = send(b, HttpRequest.newBuilder(uri(b, "/admin")));
        assertThat(stranger.statusCode()).as("without the cookie").isEqualTo(302);
    }

    @Test
    void failedSignInsOnOneInstanceThrottleTheOther() throws Exception {
        StaffSummary editor = staffMember(StaffRole.EDITOR);
        String address = freshAddress();
        // The per-address limit: so many failures from one address in an hour, each at another (unknown) account.
        for (int i = 0; i < 40; i++) {
            assertThat(messageAfter(a, signIn(a, "guess-" + UUID.randomUUID() + "@x.example", "guess-" + i, address)))
                    .as("guess %d on A", i + 1)
                    .isEqualTo("Email or password is incorrect.");
        }

        assertThat(messageAfter(b, signIn(b, editor.email(), PASSWORD, address)))
                .as("the right password, on B, from that address")
                .startsWith("Too many failed sign-in attempts from your network.");
        assertThat(location(signIn(b, editor.email(), PASSWORD, freshAddress())))
                .as("from another address")
                .isEqualTo("/admin");
    }

    @Test
    void aScheduledStoryIsPublishedOnceWithBothSchedulersRunning() throws Exception {
        Actor editor = actor(staffMember(StaffRole.EDITOR));
        long desk = a.bean(SectionService.class)
                .ensureSection("twins-desk", "Twins desk", null, 90)
                .id();
        long id = a.bean(DraftingService.class).create(input("Once only " + UUID.randomUUID(), "Text.", desk), editor);
        EditorQueryService queries = a.bean(EditorQueryService.class);

        try (Connection listening = listen()) {
            a.bean(PublishingService.class)
                    .schedule(
                            id,
                            queries.open(id, editor).version(),
                            input(queries.open(id, editor).input().headline(), "Text.", desk),
                            Instant.now().plusSeconds(2),
                            true,
                            editor);
            awaitPublished(listening, queries, id, editor);
        }

        // Both instances' timers woke for it; each takes due stories FOR UPDATE SKIP LOCKED, so one published it.
        try (Connection connection = connect();
                var statement = connection.prepareStatement(
                        "select count(*) from audit_log where article_id = ? and action = 'PUBLISHED'")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("publications of the story").isEqualTo(1);
            }
        }
    }

    @Test
    void anUpdateOnOneInstanceIsFreshOnTheOtherWhileAnUnrelatedPageStaysAHit() throws Exception {
        Actor editor = actor(staffMember(StaffRole.EDITOR));
        SectionService sections = a.bean(SectionService.class);
        long desk = sections.ensureSection("twins-news", "Twins news", null, 89).id();
        long other =
                sections.ensureSection("twins-other", "Twins other", null, 88).id();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PublishingService publishing = a.bean(PublishingService.class);
        EditorQueryService queries = a.bean(EditorQueryService.class);
        long story = a.bean(DraftingService.class).create(input("Talks " + suffix, "Talks resume.", desk), editor);
        String path = publishing.publish(
                story, queries.open(story, editor).version(), input("Talks " + suffix, "Talks resume.", desk), editor);
        long unrelated =
                a.bean(DraftingService.class).create(input("Elsewhere " + suffix, "Other text.", other), editor);
        String otherPath = publishing.publish(
                unrelated,
                queries.open(unrelated, editor).version(),
                input("Elsewhere " + suffix, "Other text.", other),
                editor);

        for (String page : List.of(path, otherPath)) {
            get(b, page);
            assertThat(get(b, page).headers().firstValue("Age"))
                    .as(page + " cached on B")
                    .isPresent();
        }

        publishing.publishUpdate(
                story,
                queries.open(story, editor).version(),
                input("Talks " + suffix, "Talks resumed today.", desk),
                true,
                editor);
        assertThat(b.bean(ContentChangeListener.class).awaitReceived(settledMarker(), CAP))
                .isTrue();

        HttpResponse<String> updated = get(b, path);
        assertThat(updated.body()).contains("Talks resumed today.");
        assertThat(updated.headers().firstValue("Age"))
                .as("rendered afresh on B")
                .isEmpty();
        assertThat(get(b, otherPath).headers().firstValue("Age"))
                .as("the unrelated story is still a hit on B")
                .isPresent();
    }

    @Test
    void anImageUploadedOnOneInstanceIsServedByTheOtherFromTheBucket() throws Exception {
        Actor editor = actor(staffMember(StaffRole.EDITOR));
        UploadResult result = a.bean(ImageUploads.class)
                .upload(
                        "twins-" + System.nanoTime() + ".jpg",
                        new ByteArrayInputStream(TestImages.jpeg(1200, 800)),
                        null,
                        editor);
        assertThat(result).isInstanceOf(UploadResult.Stored.class);
        ImageDetails image = ((UploadResult.Stored) result).image();
        Rendition webp = image.picture().webp().getFirst();
        assertThat(webp.url()).startsWith("/media/");

        HttpResponse<byte[]> served = client.send(
                HttpRequest.newBuilder(uri(b, webp.url())).timeout(CAP).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(served.body()).isNotEmpty();
    }

    /** A marker notified after a change arrives after it: once B has it, B has the change. */
    private String settledMarker() throws Exception {
        String marker = "keys settled:" + UUID.randomUUID();
        try (Connection connection = connect();
                var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, ContentChangeListener.CHANNEL);
            statement.setString(2, marker);
            statement.execute();
        }
        return marker;
    }

    private StaffSummary staffMember(StaffRole role) {
        String email =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return a.bean(StaffService.class).create(new NewStaffUser(email, "Twin " + role, PASSWORD, role));
    }

    private static Actor actor(StaffSummary user) {
        return StaffPrincipal.of(user.id(), user.email(), user.displayName(), user.role())
                .actor();
    }

    private static StoryInput input(String headline, String body, long section) {
        return StoryInputs.story(headline)
                .deck("Deck")
                .body(body)
                .sectionId(section)
                .build();
    }

    private static String freshAddress() {
        return "10.%d.%d.%d"
                .formatted(
                        (int) (Math.random() * 250) + 1,
                        (int) (Math.random() * 250) + 1,
                        (int) (Math.random() * 250) + 1);
    }

    /** Signs in through the login form, as a browser does: its page first, for the session and the CSRF token. */
    private HttpResponse<String> signIn(SecondInstance instance, String email, String password, String address)
            throws Exception {
        HttpResponse<String> form = send(
                instance, HttpRequest.newBuilder(uri(instance, "/admin/login")).header("X-Forwarded-For", address));
        String csrf =
                Jsoup.parse(form.body()).selectFirst("form input[name=_csrf]").attr("value");
        String body = Map.of("username", email, "password", password, "_csrf", csrf).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                instance,
                HttpRequest.newBuilder(uri(instance, "/admin/login"))
                        .header("Cookie", cookies(form).orElse("none=none"))
                        .header("X-Forwarded-For", address)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The message the login page shows after a failed attempt. */
    private String messageAfter(SecondInstance instance, HttpResponse<String> failed) throws Exception {
        assertThat(location(failed)).isEqualTo("/admin/login?error");
        HttpResponse<String> page = send(
                instance,
                HttpRequest.newBuilder(uri(instance, "/admin/login?error")).header("Cookie", cookie(failed)));
        var summary = Jsoup.parse(page.body()).selectFirst(".error-summary");
        assertThat(summary).as("status %s: %s", page.statusCode(), page.body()).isNotNull();
        return summary.text();
    }

    /** Where a redirect points, as a path on the instance that answered. */
    private static String location(HttpResponse<String> response) {
        URI location = response.uri()
                .resolve(response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode())));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    /** The session cookie a response set, as a {@code Cookie} header's value. */
    private static String cookie(HttpResponse<String> response) {
        return cookies(response).orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** The cookies a response set, if any, as a {@code Cookie} header's value. */
    private static java.util.Optional<String> cookies(HttpResponse<String> response) {
        List<String> set = response.headers().allValues("Set-Cookie").stream()
                .map(header -> header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                .toList();
        return set.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("; ", set));
    }

    private HttpResponse<String> get(SecondInstance instance, String path) throws Exception {
        return send(instance, HttpRequest.newBuilder(uri(instance, path)).header("Accept", "text/html"));
    }

    private HttpResponse<String> send(SecondInstance instance, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(CAP).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(SecondInstance instance, String path) {
        return URI.create("http://localhost:" + instance.port() + path);
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    private Connection listen() throws Exception {
        Connection connection = connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN newsroom_content");
        }
        return connection;
    }

    /** Waits for the story to be published, woken by each reader-visible change the database announces. */
    private static void awaitPublished(Connection listening, EditorQueryService queries, long id, Actor editor)
            throws Exception {
        long deadline = System.nanoTime() + CAP.toNanos();
        PGConnection pg = listening.unwrap(PGConnection.class);
        while (queries.open(id, editor).status() != ArticleStatus.PUBLISHED) {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            assertThat(left).as("story %s published within %s", id, CAP).isPositive();
            pg.getNotifications((int) left);
        }
    }
}
