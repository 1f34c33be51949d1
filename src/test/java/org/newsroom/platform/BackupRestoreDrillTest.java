package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.NewsroomApplication;
import org.newsroom.article.ArticleDraft;
import org.newsroom.article.ArticleService;
import org.newsroom.article.LeadImage;
import org.newsroom.media.ImageUploads;
import org.newsroom.media.UploadResult;
import org.newsroom.staff.Actor;
import org.newsroom.staff.NewStaffUser;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.StaffService;
import org.newsroom.staff.StaffSummary;
import org.newsroom.support.TestDatabase;
import org.newsroom.support.TestImages;
import org.newsroom.taxonomy.SectionService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The restore drill: a site with the demo content and an uploaded image is backed up by {@code deploy/backup/backup.sh}
 * while it runs, restored by {@code deploy/backup/restore.sh} into a new database and a new media directory, and an
 * application started on the copy serves the same pages, byte for byte apart from the per-response nonces, and the
 * same image files. Both databases are the suite's database's name with {@code _drill_...}, which {@code .ci/run}
 * drops afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreDrillTest {

    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*$");
    private static final Pattern NONCE = Pattern.compile("nonce=\"[^\"]*\"");
    private static final Pattern CSRF =
            Pattern.compile("(name=\"_csrf\"[^>]*value=|content=)\"[A-Za-z0-9_\\-=]{30,}\"");
    private static final Pattern MEDIA = Pattern.compile("/media/[0-9a-f]{64}\\.[a-z]+");

    @TempDir
    static Path dir;

    ConfigurableApplicationContext original;
    ConfigurableApplicationContext restored;
    TestDatabase.Server restoredDatabase;
    String storyPath;
    Path backup;

    final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void backUpARunningSiteAndRestoreIt() throws Exception {
        TestDatabase.Server source = TestDatabase.separate("drill_source");
        original = start(source, dir.resolve("media"));

        StaffSummary editor = original.getBean(StaffService.class)
                .create(new NewStaffUser(
                        "drill-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example",
                        "Drill Editor",
                        "a-long-test-password",
                        StaffRole.EDITOR));
        Actor actor = new Actor(editor.id(), editor.displayName(), editor.role());
        UploadResult upload = original.getBean(ImageUploads.class)
                .upload("drill.jpg", new ByteArrayInputStream(TestImages.jpeg(900, 600)), "Drill Credit", actor);
        assertThat(upload).isInstanceOf(UploadResult.Stored.class);
        long imageId = ((UploadResult.Stored) upload).image().id();
        long section = original.getBean(SectionService.class)
                .ensureSection("drill-desk", "Drill desk", null, 90)
                .id();
        ArticleService articles = original.getBean(ArticleService.class);
        long story = articles.importPublished(
                new ArticleDraft(
                        "The restore drill",
                        "Everything came back",
                        "A story with an uploaded lead image.",
                        "restore-drill",
                        section,
                        List.of(),
                        List.of(),
                        "TESTVILLE",
                        "en",
                        null,
                        null,
                        new LeadImage(imageId, "The drill picture", null, false)),
                java.time.Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                null);
        storyPath = articles.findPublishedPath(story).orElseThrow();

        Path backups = Files.createDirectories(dir.resolve("backups"));
        backup = Path.of(run(
                        Map.of("NEWSROOM_MEDIA_DIR", dir.resolve("media").toString()),
                        source,
                        "deploy/backup/backup.sh",
                        backups.toString())
                .strip());

        restoredDatabase = TestDatabase.separate("drill_restored");
        run(
                Map.of("NEWSROOM_MEDIA_DIR", dir.resolve("restored-media").toString()),
                restoredDatabase,
                "deploy/backup/restore.sh",
                backup.toString());
        restored = start(restoredDatabase, dir.resolve("restored-media"));
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {restored, original}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void theBackupHoldsTheDumpAndEveryMediaFileTheDatabaseNames() throws IOException {
        assertThat(backup.resolve("database.dump")).isNotEmptyFile();
        List<String> manifest = Files.readAllLines(backup.resolve("media.sha256"));
        List<String> keys = original.getBean(JdbcClient.class)
                .sql("select original_key from media_images union select file_key from media_renditions order by 1")
                .query(String.class)
                .list();
        assertThat(manifest).extracting(line -> line.substring(0, 64)).containsExactlyElementsOf(keys);
        for (String line : manifest) {
            assertThat(backup.resolve("media").resolve(line.substring(66))).isRegularFile();
        }
    }

    @Test
    void theRestoredSiteServesTheSamePagesAndImages() throws Exception {
        JdbcClient jdbc = original.getBean(JdbcClient.class);
        Set<String> paths = new LinkedHashSet<>(
                List.of("/", storyPath, "/drill-desk", "/sitemap.xml", "/news-sitemap.xml", "/feed.atom"));
        ArticleService articles = original.getBean(ArticleService.class);
        for (long id : jdbc.sql("select id from articles where status = 'PUBLISHED' order by id")
                .query(Long.class)
                .list()) {
            articles.findPublishedPath(id).ifPresent(paths::add);
        }
        paths.addAll(jdbc.sql("select '/' || slug from sections order by id")
                .query(String.class)
                .list());

        List<String> images = new ArrayList<>();
        int pages = 0;
        for (String path : paths) {
            HttpResponse<byte[]> before = get(original, path);
            HttpResponse<byte[]> after = get(restored, path);
            assertThat(after.statusCode()).as(path).isEqualTo(before.statusCode());
            if (before.statusCode() != 200) {
                continue;
            }
            pages++;
            String page = new String(before.body(), StandardCharsets.UTF_8);
            assertThat(comparable(new String(after.body(), StandardCharsets.UTF_8))
                            .lines())
                    .as(path)
                    .containsExactlyElementsOf(comparable(page).lines().toList());
            Matcher media = MEDIA.matcher(page);
            while (media.find()) {
                images.add(media.group());
            }
        }
        assertThat(pages).isGreaterThan(10);
        assertThat(new String(get(original, storyPath).body(), StandardCharsets.UTF_8))
                .contains("The drill picture");

        assertThat(images).isNotEmpty();
        for (String image : new LinkedHashSet<>(images)) {
            HttpResponse<byte[]> before = get(original, image);
            assertThat(before.statusCode()).as(image).isEqualTo(200);
            assertThat(get(restored, image).body()).as(image).isEqualTo(before.body());
        }
    }

    /** The page without what differs on every response (script nonces, CSRF tokens). */
    private static String comparable(String page) {
        return CSRF.matcher(NONCE.matcher(page).replaceAll("nonce=\"\"")).replaceAll("$1\"\"");
    }

    private HttpResponse<byte[]> get(ConfigurableApplicationContext instance, String path)
            throws IOException, InterruptedException {
        int port = Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static ConfigurableApplicationContext start(TestDatabase.Server database, Path media) {
        // Command-line arguments: they win over application.yml (management.server.port among them).
        return new SpringApplicationBuilder(NewsroomApplication.class)
                .run(
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--newsroom.embedded-database.enabled=false",
                        "--newsroom.demo-content=true",
                        "--newsroom.scheduler.enabled=false",
                        "--newsroom.media.dir=" + media);
    }

    /** Runs one of the scripts with libpq's variables for {@code database}; its standard output. */
    private static String run(Map<String, String> environment, TestDatabase.Server database, String... command)
            throws IOException, InterruptedException {
        Matcher url = JDBC_URL.matcher(database.url());
        assertThat(url.matches()).as(database.url()).isTrue();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        builder.environment().put("PGHOST", url.group(1));
        builder.environment().put("PGPORT", url.group(2) == null ? "5432" : url.group(2));
        builder.environment().put("PGDATABASE", url.group(3));
        builder.environment().put("PGUSER", database.username());
        builder.environment().put("PGPASSWORD", database.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as(String.join(" ", command) + " exit status")
                .isZero();
        return output;
    }
}
