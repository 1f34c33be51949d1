package org.newsroom.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.LeadImage;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageUploads;
import org.newsroom.media.MediaLibrary;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestImages;
import org.newsroom.support.TestMedia;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The media library's screens, its uploads without and with script, and the files readers get. A redirect's flash
 * attributes are handed to the next request as the dispatcher would (the session is Spring Session's, which MockMvc's
 * own flash support does not reach).
 */
@IntegrationTest
class MediaAdminWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    MediaLibrary library;

    @Autowired
    ImageUploads uploads;

    @Autowired
    TestMedia media;

    @Autowired
    DraftingService drafting;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Browserless browser;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private StaffPrincipal editor;
    private StaffPrincipal writer;

    @BeforeEach
    void people() {
        editor = staff.create(StaffRole.EDITOR);
        writer = staff.create(StaffRole.WRITER);
    }

    @Test
    void theFormUploadsSeveralFilesAndSaysWhatBecameOfEachNextToItsName() throws Exception {
        MvcResult posted = mvc.perform(multipart("/admin/media")
                        .file(new MockMultipartFile("files", "harbour.jpg", "image/jpeg", TestImages.jpeg(800, 600)))
                        .file(new MockMultipartFile(
                                "files", "notes.jpg", "image/jpeg", "Not a picture".getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "logo.svg", "image/svg+xml", TestImages.svg()))
                        .param("credit", "Photo: Form Upload")
                        .with(user(writer))
                        .with(csrf()))
                .andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/admin/media");

        Document page = html(mvc.perform(get("/admin/media")
                        .with(user(writer))
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, posted.getFlashMap()))
                .andReturn()
                .getResponse());

        assertThat(outcome(page, "harbour.jpg").text()).contains("Uploaded");
        assertThat(outcome(page, "harbour.jpg").selectFirst("a").attr("href")).startsWith("/admin/media/");
        assertThat(outcome(page, "notes.jpg").selectFirst(".field__error").text())
                .contains("not a JPEG, PNG, WebP or GIF image");
        assertThat(outcome(page, "logo.svg").selectFirst(".field__error").text())
                .contains("SVG images are not accepted");
        String id = outcome(page, "harbour.jpg").selectFirst("a").attr("href").replace("/admin/media/", "");
        assertThat(library.get(Long.parseLong(id)).credit()).isEqualTo("Photo: Form Upload");
    }

    @Test
    void oneGoodFileLeadsToItsPageToDescribeIt() throws Exception {
        String location = mvc.perform(multipart("/admin/media")
                        .file(new MockMultipartFile("files", "one.png", "image/png", TestImages.png(500, 400)))
                        .with(user(writer))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).matches("/admin/media/\\d+");
        Document page =
                html(mvc.perform(get(location).with(user(writer))).andReturn().getResponse());
        assertThat(page.selectFirst("h1").text()).isEqualTo("one.png");
        assertThat(page.selectFirst("#alt-missing").text()).contains("No alt text yet");
        assertThat(page.selectFirst("code.snippet").text()).isEqualTo("![](media:" + location.substring(13) + ")");
    }

    @Test
    void theScriptsUploadAnswersInJson() throws Exception {
        var stored = mvc.perform(multipart("/admin/media/upload")
                        .file(new MockMultipartFile("file", "drop.jpg", "image/jpeg", TestImages.jpeg(400, 300)))
                        .header("Accept", "application/json")
                        .with(user(writer))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        var refused = mvc.perform(multipart("/admin/media/upload")
                        .file(new MockMultipartFile(
                                "file", "bomb.png", "image/png", TestImages.pngClaiming(30000, 30000)))
                        .header("Accept", "application/json")
                        .with(user(writer))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(stored.getStatus()).isEqualTo(200);
        assertThat(json.readTree(stored.getContentAsString()).get("status").asString())
                .isEqualTo("stored");
        assertThat(json.readTree(stored.getContentAsString()).get("thumbnail").asString())
                .startsWith("/media/");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(json.readTree(refused.getContentAsString(StandardCharsets.UTF_8))
                        .get("message")
                        .asString())
                .contains("30,000 × 30,000 pixels");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        long before =
                jdbc.sql("select count(*) from media_images").query(Long.class).single();

        int status = mvc.perform(multipart("/admin/media/upload")
                        .file(new MockMultipartFile("file", "x.jpg", "image/jpeg", TestImages.jpeg(300, 200)))
                        .with(user(editor)))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from media_images")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theGridIsSearchableByCaptionCreditAndFileName() throws Exception {
        String word = "Zanzibar" + UUID.randomUUID().toString().substring(0, 6);
        ImageDetails byCaption = media.image(editor.actor(), "Alt", "Dhows off " + word, null);
        ImageDetails byCredit = media.image(editor.actor(), "Alt", null, "Photo: " + word + " Agency");
        media.image(editor.actor(), "Alt", "Something else", "Photo: Other");

        Document found = html(
                mvc.perform(get("/admin/media").param("q", word.toLowerCase()).with(user(writer)))
                        .andReturn()
                        .getResponse());
        Document byName = html(
                mvc.perform(get("/admin/media").param("q", byCaption.fileName()).with(user(writer)))
                        .andReturn()
                        .getResponse());

        assertThat(found.select(".media-card__link").eachAttr("href"))
                .containsExactlyInAnyOrder("/admin/media/" + byCaption.id(), "/admin/media/" + byCredit.id());
        assertThat(byName.select(".media-card__link").eachAttr("href"))
                .containsExactly("/admin/media/" + byCaption.id());
        assertThat(found.selectFirst("#q").val()).isEqualTo(word.toLowerCase());
    }

    @Test
    void theGridPagesAndShowsWhichStoriesUseEachImage() throws Exception {
        for (int i = 0; i < 25; i++) {
            uploads.upload(
                    "page-" + i + ".png",
                    new java.io.ByteArrayInputStream(TestImages.png(40, 30)),
                    null,
                    editor.actor());
        }
        ImageDetails used = media.image(editor.actor(), "Alt", null, null);
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        String headline = "Uses the picture " + UUID.randomUUID();
        long story = drafting.create(
                StoryInputs.story(headline)
                        .body("Text")
                        .sectionId(desk)
                        .leadImage(new LeadImage(used.id(), null, null, false))
                        .build(),
                editor.actor());

        Document first = html(
                mvc.perform(get("/admin/media").with(user(writer))).andReturn().getResponse());
        Document second =
                html(mvc.perform(get("/admin/media").param("page", "2").with(user(writer)))
                        .andReturn()
                        .getResponse());
        Document image = html(mvc.perform(get("/admin/media/" + used.id()).with(user(writer)))
                .andReturn()
                .getResponse());

        assertThat(first.select(".media-card")).hasSize(24);
        assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).contains("page=2");
        assertThat(second.select(".media-card")).isNotEmpty();
        Element card = first.select(".media-card").stream()
                .filter(c -> c.selectFirst("a").attr("href").equals("/admin/media/" + used.id()))
                .findFirst()
                .orElseThrow();
        assertThat(card.text()).contains("Used by 1 story");
        assertThat(image.select(".used-by a").eachText()).containsExactly(headline);
        assertThat(image.selectFirst(".used-by a").attr("href")).isEqualTo("/admin/articles/" + story + "/edit");
    }

    @Test
    void describingAnImageKeepsItAndAnOverlongFieldSaysSoNextToIt() throws Exception {
        ImageDetails image = media.image(writer.actor(), null, null, null);

        mvc.perform(post("/admin/media/" + image.id())
                        .param("alt", "Boats in the harbour at dawn")
                        .param("caption", "The harbour at dawn.")
                        .param("credit", "Photo: Ana Reyes/Agence Example")
                        .param("version", String.valueOf(image.version()))
                        .with(user(writer))
                        .with(csrf()))
                .andReturn();
        var tooLong = mvc.perform(post("/admin/media/" + image.id())
                        .param("alt", "Boats")
                        .param("credit", "C".repeat(301))
                        .param("version", String.valueOf(library.get(image.id()).version()))
                        .with(user(writer))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        ImageDetails saved = library.get(image.id());
        assertThat(saved.alt()).isEqualTo("Boats in the harbour at dawn");
        assertThat(saved.caption()).isEqualTo("The harbour at dawn.");
        assertThat(saved.credit()).isEqualTo("Photo: Ana Reyes/Agence Example");
        Document page = html(tooLong);
        assertThat(page.selectFirst("#credit-error").text()).isEqualTo("A credit has at most 300 characters.");
        assertThat(page.selectFirst("#credit").val()).isEqualTo("C".repeat(301));
    }

    @Test
    void aWriterDescribesOnlyTheirOwnImagesAndNeverDeletes() throws Exception {
        ImageDetails editors = media.image(editor.actor(), "Alt", null, null);
        ImageDetails writers = media.image(writer.actor(), "Alt", null, null);

        int describeOther = mvc.perform(post("/admin/media/" + editors.id())
                        .param("alt", "Changed")
                        .param("version", String.valueOf(editors.version()))
                        .with(user(writer))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        int delete = mvc.perform(post("/admin/media/" + writers.id() + "/delete")
                        .with(user(writer))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(describeOther).isEqualTo(403);
        assertThat(delete).isEqualTo(403);
        assertThat(library.get(editors.id()).alt()).isEqualTo("Alt");
        assertThat(library.find(writers.id())).isPresent();
    }

    @Test
    void deletingAnImageInUseIsRefusedWithTheStoriesNamed() throws Exception {
        ImageDetails image = media.image(editor.actor(), "Alt", null, null);
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        String headline = "Keeps its picture " + UUID.randomUUID();
        drafting.create(
                StoryInputs.story(headline)
                        .body("![](media:" + image.id() + ")")
                        .sectionId(desk)
                        .build(),
                editor.actor());

        MvcResult refused = mvc.perform(post("/admin/media/" + image.id() + "/delete")
                        .with(user(editor))
                        .with(csrf()))
                .andReturn();
        Document page = html(mvc.perform(get("/admin/media/" + image.id())
                        .with(user(editor))
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap()))
                .andReturn()
                .getResponse());

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/media/" + image.id());
        assertThat(page.selectFirst("#delete-title + .field__error").text())
                .contains("still used by a story")
                .contains(headline);
        assertThat(library.find(image.id())).isPresent();
    }

    @Test
    void anEditorDeletesAnUnusedImageWithItsFilesAndTheAuditLogSaysSo() throws Exception {
        ImageDetails image = media.image(editor.actor(), "Alt", null, null);
        String url = image.picture().fallback().url();
        assertThat(browser.get(url).status()).isEqualTo(200);

        String location = mvc.perform(post("/admin/media/" + image.id() + "/delete")
                        .with(user(editor))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(location).isEqualTo("/admin/media");
        assertThat(library.find(image.id())).isEmpty();
        assertThat(browser.get(url).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'IMAGE_DELETED' and subject = :name")
                        .param("name", image.fileName())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void renditionsAreServedForAYearAndNothingElseIs() throws Exception {
        ImageDetails image = media.image(editor.actor(), "Alt", null, null);
        String webp = image.picture().webp().getFirst().url();
        String jpeg = image.picture().jpeg().getFirst().url();
        String originalKey = jdbc.sql("select original_key from media_images where id = :id")
                .param("id", image.id())
                .query(String.class)
                .single();

        var servedWebp = browser.get(webp, "image/webp,*/*");
        var servedJpeg = browser.get(jpeg, "image/*");

        assertThat(servedWebp.status()).isEqualTo(200);
        assertThat(servedWebp.header("Content-Type")).isEqualTo("image/webp");
        assertThat(servedWebp.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(servedWebp.header("ETag")).contains(webp.substring(7, 71));
        assertThat(servedWebp.header("Set-Cookie")).isNull();
        assertThat(servedJpeg.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(browser.get("/media/" + originalKey + ".jpg").status())
                .as("the original")
                .isEqualTo(404);
        assertThat(browser.get(webp.replace(".webp", ".jpg")).status())
                .as("the wrong format")
                .isEqualTo(404);
        assertThat(browser.get("/media/" + "0".repeat(64) + ".webp").status()).isEqualTo(404);
        assertThat(browser.get("/media/../../etc/passwd").status()).isIn(400, 404);
        var missing = browser.get("/media/not-a-key.webp");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.document().title()).contains("not found");
    }

    @Test
    void theEditorShowsTheLeadImageAndKeepsEverythingWhenPublishingIsRefused() throws Exception {
        ImageDetails image = media.image(editor.actor(), null, "Library caption", "Photo: Library Credit");
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        long id = drafting.create(
                StoryInputs.story("Lead in the editor " + UUID.randomUUID())
                        .body("Text")
                        .sectionId(desk)
                        .build(),
                editor.actor());
        long version = editorQueries.open(id, editor.actor()).version();

        var response = mvc.perform(post("/admin/articles/" + id)
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "publish")
                        .param("headline", "Lead in the editor, retitled")
                        .param("body", "Body typed just now")
                        .param("sectionId", String.valueOf(desk))
                        .param("language", "en")
                        .param("leadImageId", String.valueOf(image.id()))
                        .param("leadImageCaption", "Caption typed just now")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse();
        Document page = html(response);

        assertThat(page.selectFirst("#leadImageAlt-error").text()).contains("The lead image has no alt text");
        assertThat(page.selectFirst("#headline").val()).isEqualTo("Lead in the editor, retitled");
        assertThat(page.selectFirst("#body").val()).isEqualTo("Body typed just now");
        assertThat(page.selectFirst("#leadImageId").val()).isEqualTo(String.valueOf(image.id()));
        assertThat(page.selectFirst("#leadImageCaption").val()).isEqualTo("Caption typed just now");
        assertThat(page.selectFirst("#lead-image-thumb").attr("src")).startsWith("/media/");
        assertThat(page.selectFirst("#lead-image-credit").text()).isEqualTo("Photo: Library Credit");
        assertThat(editorQueries.open(id, editor.actor()).status().name()).isEqualTo("DRAFT");

        var notANumber = html(mvc.perform(post("/admin/articles/" + id)
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "save")
                        .param("headline", "Still here")
                        .param("leadImageId", "twelve")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse());
        assertThat(notANumber.selectFirst("#leadImageId-error").text())
                .isEqualTo("Enter the number of an image in the library, or choose one.");
    }

    @Test
    void thePickerListsTheLibraryAsJson() throws Exception {
        ImageDetails image = media.image(editor.actor(), "Picker alt", "Picker caption " + UUID.randomUUID(), null);

        var answer = json.readTree(mvc.perform(
                        get("/admin/media/choose").param("q", image.caption()).with(user(writer)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(answer.get("images")).hasSize(1);
        assertThat(answer.get("images").get(0).get("id").asLong()).isEqualTo(image.id());
        assertThat(answer.get("images").get(0).get("markdown").asString()).isEqualTo("![](media:" + image.id() + ")");
    }

    private static Element outcome(Document page, String fileName) {
        return page.select("#upload-list .upload-item").stream()
                .filter(item -> item.selectFirst(".upload-item__name").text().equals(fileName))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("No line for " + fileName + " in " + page.select("#upload-list")));
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
