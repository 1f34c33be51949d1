package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageEdit;
import org.newsroom.media.MediaLibrary;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestClock;
import org.newsroom.support.TestMedia;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A story's lead image and the images of its body: the alt-text rule of publication, the fields' way through working
 * copies and revisions, and what readers and sharing get.
 */
@IntegrationTest
class LeadImageTest {

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    MediaLibrary library;

    @Autowired
    TestMedia media;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Autowired
    Staff staff;

    @Autowired
    Browserless browser;

    @Autowired
    TestClock clock;

    @Autowired
    JsonMapper json;

    private Actor editor;
    private long desk;

    @BeforeEach
    void editorAndSection() {
        editor = staff.create(StaffRole.EDITOR).actor();
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void publishingIsRefusedWhileTheLeadImageHasNoAltTextAndTheTextIsKept() {
        ImageDetails image = media.image(editor, null, "A caption", "Photo: Test");
        long id = drafting.create(
                input("No alt " + UUID.randomUUID(), new LeadImage(image.id(), null, null, false)), editor);

        assertThatThrownBy(() -> publishing.publish(
                        id, version(id), input(headline(id), new LeadImage(image.id(), null, null, false)), editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("The lead image has no alt text")
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("leadImageAlt");
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.DRAFT);

        assertThatThrownBy(() -> publishing.schedule(
                        id,
                        version(id),
                        input(headline(id), new LeadImage(image.id(), null, null, false)),
                        clock.instant().plus(Duration.ofHours(1)),
                        true,
                        editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no alt text");

        publishing.publish(
                id,
                version(id),
                input(headline(id), new LeadImage(image.id(), "Alt for this story", null, false)),
                editor);
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void anUpdateIsRefusedToo() {
        ImageDetails described = media.image(editor, "Library alt", null, null);
        ImageDetails bare = media.image(editor, null, null, null);
        long id = drafting.create(
                input("Update " + UUID.randomUUID(), new LeadImage(described.id(), null, null, false)), editor);
        publishing.publish(
                id, version(id), input(headline(id), new LeadImage(described.id(), null, null, false)), editor);

        assertThatThrownBy(() -> publishing.publishUpdate(
                        id,
                        version(id),
                        input(headline(id), new LeadImage(bare.id(), null, null, false)),
                        true,
                        editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no alt text");
    }

    @Test
    void theLibrarysAltTextOrADecorativeMarkIsEnough() {
        ImageDetails described = media.image(editor, "Delegates around a table", null, null);
        ImageDetails bare = media.image(editor, null, null, null);
        long first = drafting.create(
                input("Library alt " + UUID.randomUUID(), new LeadImage(described.id(), null, null, false)), editor);
        long second = drafting.create(
                input("Decorative " + UUID.randomUUID(), new LeadImage(bare.id(), null, null, true)), editor);

        publishing.publish(
                first,
                version(first),
                input(headline(first), new LeadImage(described.id(), null, null, false)),
                editor);
        publishing.publish(
                second, version(second), input(headline(second), new LeadImage(bare.id(), null, null, true)), editor);

        assertThat(editorQueries.open(first, editor).status()).isEqualTo(ArticleStatus.PUBLISHED);
        Document page =
                browser.get(editorQueries.open(second, editor).livePath()).document();
        assertThat(page.selectFirst(".article__lead img").hasAttr("alt"))
                .as("a decorative image says so with an empty alt")
                .isTrue();
        assertThat(page.selectFirst(".article__lead img").attr("alt")).isEmpty();
    }

    @Test
    void aBodyImageWithoutAltTextIsRefusedAndAnUnknownOneCannotBeSaved() {
        ImageDetails bare = media.image(editor, null, null, null);
        long id = drafting.create(input("Body image " + UUID.randomUUID(), LeadImage.NONE), editor);

        assertThatThrownBy(() -> publishing.publish(
                        id,
                        version(id),
                        input(headline(id), "Text.\n\n![](media:" + bare.id() + ")", LeadImage.NONE),
                        editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Image " + bare.id() + " in the body has no alt text")
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("body");
        assertThatThrownBy(() -> drafting.save(
                        id, version(id), input(headline(id), "![x](media:987654321)", LeadImage.NONE), editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not in the library");
        assertThatThrownBy(() -> drafting.save(
                        id,
                        version(id),
                        input(headline(id), "Text.", new LeadImage(987654321L, "x", null, false)),
                        editor))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("leadImageId");

        publishing.publish(
                id,
                version(id),
                input(headline(id), "Text.\n\n![Written here](media:" + bare.id() + ")", LeadImage.NONE),
                editor);
        assertThat(editorQueries.open(id, editor).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void theLeadImageGoesThroughTheWorkingCopyRevisionsAndRestore() {
        ImageDetails first = media.image(editor, "First image", null, null);
        ImageDetails second = media.image(editor, "Second image", null, null);
        long id = drafting.create(
                input("Revisions " + UUID.randomUUID(), new LeadImage(first.id(), null, null, false)), editor);
        String path = publishing.publish(
                id, version(id), input(headline(id), new LeadImage(first.id(), null, null, false)), editor);

        drafting.save(
                id, version(id), input(headline(id), new LeadImage(second.id(), "Here", "Cap here", true)), editor);

        ArticleEditorView opened = editorQueries.open(id, editor);
        assertThat(opened.input().leadImage()).isEqualTo(new LeadImage(second.id(), "Here", "Cap here", true));
        assertThat(leadImageSrc(path)).as("readers keep the live version").isEqualTo(fallbackOf(first));
        assertThat(library.usedBy(second.id())).extracting(u -> u.storyId()).contains(id);

        List<RevisionSummary> history = storyHistory.history(id, editor);
        RevisionSummary published = history.get(1);
        RevisionComparison comparison = storyHistory.compare(id, published.id(), null, editor);
        assertThat(comparison.fields())
                .filteredOn(field -> field.label().equals("Lead image"))
                .singleElement()
                .satisfies(field -> assertThat(field.changed()).isFalse());
        RevisionComparison withSave =
                storyHistory.compare(id, published.id(), history.get(0).id(), editor);
        assertThat(withSave.fields())
                .filteredOn(field -> field.label().startsWith("Lead image"))
                .allSatisfy(field -> assertThat(field.changed()).isTrue());

        drafting.restore(id, published.id(), version(id), editor);
        assertThat(editorQueries.open(id, editor).input().leadImage())
                .isEqualTo(new LeadImage(first.id(), null, null, false));
    }

    @Test
    void thePublishedPageShowsTheLeadImageWithItsCaptionCreditAndSizes() {
        ImageDetails image = media.image(
                editor, 1800, 1200, "Delegates at the table", "Library caption", "Photo: Ana Reyes/Agence Example");
        long id = drafting.create(
                input(
                        "With picture " + UUID.randomUUID(),
                        new LeadImage(image.id(), null, "This story's caption", false)),
                editor);
        String path = publishing.publish(
                id,
                version(id),
                input(headline(id), new LeadImage(image.id(), null, "This story's caption", false)),
                editor);

        Document page = browser.get(path).document();

        Element figure = page.selectFirst("article figure.article__lead");
        assertThat(figure).isNotNull();
        Element img = figure.selectFirst("picture img");
        assertThat(img.attr("alt")).isEqualTo("Delegates at the table");
        assertThat(img.attr("srcset")).matches("(/media/[0-9a-f]{64}\\.jpg \\d+w, ){3}/media/[0-9a-f]{64}\\.jpg 1600w");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(img.attr("width")).isEqualTo("1024");
        assertThat(img.attr("height")).isEqualTo("683");
        assertThat(img.hasAttr("loading")).as("above the fold: not lazy").isFalse();
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(figure.selectFirst("source").attr("type")).isEqualTo("image/webp");
        assertThat(figure.selectFirst("source").attr("srcset"))
                .contains(".webp 320w")
                .contains(".webp 1600w");
        assertThat(figure.selectFirst("figcaption .caption").text()).isEqualTo("This story's caption");
        assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo("Photo: Ana Reyes/Agence Example");
        String jpeg1024 = img.attr("src");
        assertThat(browser.get(jpeg1024).status()).isEqualTo(200);

        // Sharing: OpenGraph, Twitter and the structured data name the image by its absolute URL.
        String og = page.selectFirst("meta[property=og:image]").attr("content");
        assertThat(og).startsWith("http://localhost:8080/media/").endsWith(".jpg");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content"))
                .isEqualTo("1600");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content"))
                .isEqualTo("1067");
        assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("Delegates at the table");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> data = json.readValue(
                page.selectFirst("script[type=application/ld+json]").data(), List.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> jsonImage = ((List<Map<String, Object>>) data.get(0).get("image")).get(0);
        assertThat(jsonImage)
                .containsEntry("url", og)
                .containsEntry("width", 1600)
                .containsEntry("creditText", "Photo: Ana Reyes/Agence Example");
    }

    @Test
    void listsShowTheLeadImageAsAThumbnail() {
        ImageDetails image = media.image(editor, "A thumbnail", null, null);
        String tag = "Thumbs " + UUID.randomUUID().toString().substring(0, 6);
        long id = drafting.create(
                withTags(input("Thumbnail " + UUID.randomUUID(), new LeadImage(image.id(), null, null, false)), tag),
                editor);
        publishing.publish(
                id,
                version(id),
                withTags(input(headline(id), new LeadImage(image.id(), null, null, false)), tag),
                editor);

        Document section = browser.get("/test-desk").document();
        Element item = section.select(".story-list__item").stream()
                .filter(li -> li.text().contains(headline(id)))
                .findFirst()
                .orElseThrow();
        Element thumb = item.selectFirst(".story-list__thumb picture img");
        assertThat(thumb.attr("alt")).isEqualTo("A thumbnail");
        assertThat(thumb.attr("srcset")).contains("320w");
        assertThat(thumb.attr("width")).isNotBlank();

        String tagSlug = tags.ensureTag(tag).slug();
        assertThat(browser.get("/tag/" + tagSlug).document().select(".story-list__thumb img"))
                .hasSize(1);
        assertThat(browser.get("/").document().select("img[alt='A thumbnail']")).isNotEmpty();
    }

    @Test
    void aBodyImageIsAFigureWithItsRenditionsCaptionAndCredit() {
        ImageDetails image = media.image(editor, 800, 600, "Library alt", "Library caption", "Photo: Body Credit");
        long id = drafting.create(input("Body figure " + UUID.randomUUID(), LeadImage.NONE), editor);
        String body = "Before.\n\n![Alt here](media:" + image.id() + " \"Caption here\")\n\nAfter.";
        String path = publishing.publish(id, version(id), input(headline(id), body, LeadImage.NONE), editor);

        Element figure = browser.get(path).document().selectFirst(".article__body figure");

        assertThat(figure).isNotNull();
        Element img = figure.selectFirst("picture img");
        assertThat(img.attr("alt")).isEqualTo("Alt here");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("width")).isEqualTo("800");
        assertThat(img.attr("srcset")).contains(".jpg 320w").contains(".jpg 800w");
        assertThat(figure.selectFirst("source[type=image/webp]").attr("srcset")).contains(".webp 640w");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Caption here Photo: Body Credit");
        assertThat(figure.selectFirst("figcaption small").text()).isEqualTo("Photo: Body Credit");
    }

    @Test
    void changingTheLibrarysCaptionOrCreditShowsOnPublishedPagesAtOnce() {
        ImageDetails image = media.image(editor, "Alt", "Old caption", "Photo: Old Credit");
        long id = drafting.create(
                input("Follows the library " + UUID.randomUUID(), new LeadImage(image.id(), null, null, false)),
                editor);
        String body = "![](media:" + image.id() + ")";
        String path = publishing.publish(
                id, version(id), input(headline(id), body, new LeadImage(image.id(), null, null, false)), editor);
        assertThat(browser.get(path).body()).contains("Old caption").contains("Photo: Old Credit");
        long before = version(id);

        library.describe(
                image.id(),
                library.get(image.id()).version(),
                new ImageEdit("Alt", "New caption", "Photo: New Credit", false),
                editor);

        Document page = browser.get(path).document();
        assertThat(page.selectFirst(".article__lead figcaption").text()).isEqualTo("New caption Photo: New Credit");
        assertThat(page.selectFirst(".article__body figcaption").text()).isEqualTo("New caption Photo: New Credit");
        assertThat(version(id))
                .as("re-rendering the body is not an edit: no conflict for the editor")
                .isEqualTo(before);
    }

    @Test
    void anImageInUseCannotBeDeletedAndOneNoLongerUsedCan() {
        ImageDetails image = media.image(editor, "Alt", null, null);
        long id = drafting.create(
                input("Uses it " + UUID.randomUUID(), new LeadImage(image.id(), null, null, false)), editor);
        publishing.publish(id, version(id), input(headline(id), new LeadImage(image.id(), null, null, false)), editor);
        // The working copy uses it in the body, the live row as lead image.
        drafting.save(id, version(id), input(headline(id), "![](media:" + image.id() + ")", LeadImage.NONE), editor);

        assertThat(library.usedBy(image.id())).singleElement().satisfies(user -> {
            assertThat(user.storyId()).isEqualTo(id);
            assertThat(user.published()).isTrue();
        });
        assertThatThrownBy(() -> library.delete(image.id(), editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("still used by a story")
                .hasMessageContaining(headline(id));

        publishing.publishUpdate(id, version(id), input(headline(id), "No image now.", LeadImage.NONE), true, editor);
        library.delete(image.id(), editor);

        assertThat(library.find(image.id())).isEmpty();
        assertThat(browser.get(image.picture().fallback().url()).status()).isEqualTo(404);
    }

    private long version(long id) {
        return editorQueries.open(id, editor).version();
    }

    private String headline(long id) {
        return editorQueries.open(id, editor).input().headline();
    }

    private String leadImageSrc(String path) {
        return browser.get(path).document().selectFirst(".article__lead img").attr("src");
    }

    private static String fallbackOf(ImageDetails image) {
        return image.picture().fallback().url();
    }

    private StoryInput input(String headline, LeadImage lead) {
        return input(headline, "The text.", lead);
    }

    private StoryInput input(String headline, String body, LeadImage lead) {
        return StoryInputs.story(headline)
                .deck("A deck")
                .body(body)
                .sectionId(desk)
                .byline("Test Reporter")
                .leadImage(lead)
                .build();
    }

    private static StoryInput withTags(StoryInput input, String tags) {
        return input.toBuilder().tags(tags).build();
    }
}
