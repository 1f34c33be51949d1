package org.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.LeadImage;
import org.newsroom.article.PublishingService;
import org.newsroom.article.ScheduledRuns;
import org.newsroom.audit.AuditLog;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.S3ProxyServer;
import org.newsroom.support.SeparateDatabaseConfiguration;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestImages;
import org.newsroom.support.TestMedia;
import org.newsroom.support.TestStories;
import org.newsroom.support.TestSupportConfiguration;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The whole application with its images in a bucket of a real S3 server (S3Proxy), and readers sent to the bucket's
 * public address for them: uploads and their renditions become objects, pages point at the bucket, the site still
 * serves them itself at {@code /media/}, an image in use cannot be deleted, and a failed upload leaves no object.
 *
 * <p>Its application has a database of its own: the public base URL renders stored bodies again, which must not
 * change the pages of the tests that share the suite's database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsroom.embedded-database.enabled=false",
            "newsroom.demo-content=true",
            "newsroom.scheduler.enabled=false",
            "newsroom.page-cache.render-wait=1m",
            "newsroom.media.store=s3",
            "management.server.port=0"
        })
@Import({
    SeparateDatabaseConfiguration.class,
    TestSupportConfiguration.class,
    TestStories.class,
    Browserless.class,
    Staff.class,
    TestMedia.class,
    ScheduledRuns.class
})
class S3MediaIntegrationTest {

    private static final S3ProxyServer SERVER = S3ProxyServer.open();
    private static final String BUCKET = SERVER.newBucket();

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) {
        registry.add("newsroom.media.s3.bucket", () -> BUCKET);
        registry.add("newsroom.media.s3.endpoint", () -> SERVER.endpoint().toString());
        registry.add("newsroom.media.s3.access-key", () -> S3ProxyServer.ACCESS_KEY);
        registry.add("newsroom.media.s3.secret-key", () -> S3ProxyServer.SECRET_KEY);
        registry.add("newsroom.media.public-base-url", () -> SERVER.publicUrl(BUCKET));
    }

    @Autowired
    ImageUploads uploads;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaStore store;

    @Autowired
    TestMedia media;

    @Autowired
    Staff staff;

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

    @LocalServerPort
    int port;

    private Actor editor;
    private long desk;

    @BeforeEach
    void editorAndSection() {
        editor = staff.create(StaffRole.EDITOR).actor();
        desk = sections.ensureSection("s3-desk", "S3 desk", null, 99).id();
    }

    @Test
    void anUploadPutsTheOriginalAndEveryRenditionInTheBucket() {
        ImageDetails image = media.image(editor, 1800, 1200, "Harbour", null, null);

        List<String> objects = SERVER.keys(BUCKET);
        assertThat(store).isInstanceOf(S3MediaStore.class);
        assertThat(image.picture().renditions()).hasSize(8);
        for (Rendition rendition : image.picture().renditions()) {
            String key = keyOf(rendition);
            assertThat(objects).contains(key);
            assertThat(((S3MediaStore) store).head(key).orElseThrow().contentType())
                    .isEqualTo(rendition.format().mediaType());
        }
        assertThat(objects).contains(originalKey(image));
    }

    @Test
    void theSiteServesRenditionsFromTheBucketAtMediaWithImmutableCacheHeaders() throws Exception {
        ImageDetails image = media.image(editor, "Alt", null, null);
        Rendition webp = image.picture().webp().getFirst();
        String key = keyOf(webp);

        var served = browser.get("/media/" + key + ".webp", "image/webp,*/*");
        HttpResponse<byte[]> bytes = fetch(URI.create("http://localhost:" + port + "/media/" + key + ".webp"));

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).isEqualTo("image/webp");
        assertThat(served.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(bytes.body()).isEqualTo(objectBytes(key));
        assertThat(browser.get("/media/" + originalKey(image) + ".jpg").status())
                .as("the original")
                .isEqualTo(404);
    }

    @Test
    void pagesPointAtThePublicBaseUrlWhereTheBucketServesTheRenditions() throws Exception {
        ImageDetails image = media.image(editor, 1800, 1200, "Delegates", "Caption", "Photo: Test");
        ImageDetails inBody = media.image(editor, "In the text", null, null);
        String headline = "Pictured from the bucket " + UUID.randomUUID();
        var lead = new LeadImage(image.id(), null, null, false);
        long id = drafting.create(input(headline, "![](media:" + inBody.id() + ")", lead), editor);
        String path = publishing.publish(
                id,
                editorQueries.open(id, editor).version(),
                input(headline, "![](media:" + inBody.id() + ")", lead),
                editor);
        String base = SERVER.publicUrl(BUCKET) + "/";

        var response = browser.get(path);
        Document page = response.document();

        List<String> addresses = new ArrayList<>();
        for (Element img : page.select("article img")) {
            addresses.add(img.attr("src"));
            addresses.addAll(srcset(img.attr("srcset")));
        }
        page.select("article source").forEach(source -> addresses.addAll(srcset(source.attr("srcset"))));
        assertThat(addresses).hasSizeGreaterThan(10).allSatisfy(url -> assertThat(url)
                .matches(java.util.regex.Pattern.quote(base) + "[0-9a-f]{64}"));
        assertThat(page.select(".article__body picture source").eachAttr("srcset"))
                .isNotEmpty()
                .allSatisfy(srcset -> assertThat(srcset).startsWith(base));
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).startsWith(base);
        assertThat(response.header("Content-Security-Policy")).contains("img-src 'self' data: " + base + ";");

        // Anyone reads them from the bucket itself, with the same type and cache headers as from the site.
        String src = page.selectFirst(".article__lead img").attr("src");
        HttpResponse<byte[]> fromBucket = fetch(URI.create(src));
        assertThat(fromBucket.statusCode()).isEqualTo(200);
        assertThat(fromBucket.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(fromBucket.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(fromBucket.body()).isEqualTo(objectBytes(src.substring(base.length())));
    }

    @Test
    void anImageAStoryUsesIsNotDeletedAndKeepsItsObjectsAnUnusedOneTakesThemAlong() {
        ImageDetails used = media.image(editor, "Used", null, null);
        ImageDetails unused = media.image(editor, "Unused", null, null);
        drafting.create(
                input("Keeps its picture " + UUID.randomUUID(), "Text", new LeadImage(used.id(), null, null, false)),
                editor);

        String usedOriginal = originalKey(used);
        String unusedOriginal = originalKey(unused);

        assertThatThrownBy(() -> library.delete(used.id(), editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("still used by a story");
        library.delete(unused.id(), editor);

        List<String> objects = SERVER.keys(BUCKET);
        assertThat(objects).contains(usedOriginal);
        used.picture().renditions().forEach(r -> assertThat(objects).contains(keyOf(r)));
        assertThat(objects).doesNotContain(unusedOriginal);
        unused.picture().renditions().forEach(r -> assertThat(objects).doesNotContain(keyOf(r)));
    }

    @Test
    void anUploadWhoseRenditionFailsMidwayLeavesNoObjectBehind(
            @Autowired ImageRepository images,
            @Autowired MediaQueries queries,
            @Autowired ImageProcessor processor,
            @Autowired AuditLog audit,
            @Autowired ApplicationEventPublisher events,
            @Autowired PlatformTransactionManager transactions,
            @Autowired NewsroomProperties properties,
            @Autowired Clock clock) {
        AtomicInteger puts = new AtomicInteger();
        MediaStore failsAtTheThirdPut = new MediaStore() {
            @Override
            public Stored put(InputStream content) throws IOException {
                if (puts.incrementAndGet() == 3) {
                    throw new IOException("the bucket went away");
                }
                return store.put(content);
            }

            @Override
            public java.util.Optional<Resource> open(String key) {
                return store.open(key);
            }

            @Override
            public boolean exists(String key) {
                return store.exists(key);
            }

            @Override
            public boolean delete(String key) throws IOException {
                return store.delete(key);
            }
        };
        ImageUploads failing = new ImageUploads(
                images,
                queries,
                failsAtTheThirdPut,
                processor,
                audit,
                events,
                transactions,
                properties,
                clock,
                new UnusedFiles(queries, failsAtTheThirdPut));
        List<String> before = SERVER.keys(BUCKET);

        UploadResult result =
                failing.upload("breaks.jpg", new ByteArrayInputStream(TestImages.jpeg(1200, 800)), null, editor);

        assertThat(result).isInstanceOf(UploadResult.Refused.class);
        assertThat(puts).hasValue(3);
        assertThat(SERVER.keys(BUCKET)).isEqualTo(before);
    }

    private org.newsroom.article.StoryInput input(String headline, String body, LeadImage lead) {
        return StoryInputs.story(headline)
                .deck("A deck")
                .body(body)
                .sectionId(desk)
                .byline("Test Reporter")
                .leadImage(lead)
                .build();
    }

    private String originalKey(ImageDetails image) {
        return images().findById(image.id()).orElseThrow().getOriginalKey();
    }

    @Autowired
    private ImageRepository imageRepository;

    private ImageRepository images() {
        return imageRepository;
    }

    private static String keyOf(Rendition rendition) {
        String url = rendition.url();
        return url.substring(url.length() - 64);
    }

    private static List<String> srcset(String srcset) {
        if (srcset.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(srcset.split(","))
                .map(candidate -> candidate.strip().split(" ")[0])
                .toList();
    }

    private byte[] objectBytes(String key) throws IOException {
        try (InputStream in = ((S3MediaStore) store).read(key)) {
            return in.readAllBytes();
        }
    }

    private static HttpResponse<byte[]> fetch(URI uri) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
