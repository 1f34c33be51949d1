package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsroom.media.ImageEmbeds;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** {@code ![alt](media:42 "caption")} in a body: a responsive picture of the library's renditions, and nothing unsafe. */
class LibraryImagesInMarkdownTest {

    private static final String KEY = "ab".repeat(32);

    private final Map<Long, ImageEmbeds.Embed> library = new HashMap<>();
    private final MarkdownRenderer renderer =
            new MarkdownRenderer(new StaticListableBeanFactory(Map.of("embeds", (ImageEmbeds) this::find))
                    .getBeanProvider(ImageEmbeds.class));

    private Map<Long, ImageEmbeds.Embed> find(Collection<Long> ids) {
        Map<Long, ImageEmbeds.Embed> found = new HashMap<>();
        ids.forEach(id -> {
            if (library.containsKey(id)) {
                found.put(id, library.get(id));
            }
        });
        return found;
    }

    private static ImageEmbeds.Embed embed(String alt, boolean decorative, String caption, String credit) {
        return new ImageEmbeds.Embed(
                "/media/" + KEY + ".jpg",
                "/media/" + KEY + ".webp 320w, /media/" + KEY + ".webp 640w",
                "/media/" + KEY + ".jpg 320w, /media/" + KEY + ".jpg 640w",
                640,
                427,
                alt,
                decorative,
                caption,
                credit);
    }

    @Test
    void anImageOnItsOwnLineIsAFigureWithPictureCaptionAndCredit() {
        library.put(42L, embed("Library alt", false, "Library caption", "Photo: Ana Reyes/Agence Example"));

        Document page = render("Before.\n\n![Alt here](media:42 \"Caption here\")\n\nAfter.");

        Element figure = page.selectFirst("figure");
        assertThat(figure).isNotNull();
        assertThat(page.select("p").eachText()).containsExactly("Before.", "After.");
        Element source = figure.selectFirst("picture > source");
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(source.attr("srcset")).contains(".webp 320w").contains(".webp 640w");
        assertThat(source.attr("sizes")).isEqualTo(MarkdownRenderer.SIZES);
        Element img = figure.selectFirst("picture > img");
        assertThat(img.attr("src")).isEqualTo("/media/" + KEY + ".jpg");
        assertThat(img.attr("srcset")).contains(".jpg 320w").contains(".jpg 640w");
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("427");
        assertThat(img.attr("alt")).isEqualTo("Alt here");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Caption here Photo: Ana Reyes/Agence Example");
    }

    @Test
    void emptyBracketsAndNoTitleTakeTheLibrarysAltAndCaption() {
        library.put(7L, embed("Library alt", false, "Library caption", null));

        Element figure = render("![](media:7)").selectFirst("figure");

        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Library alt");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Library caption");
        assertThat(figure.select("small")).isEmpty();
    }

    @Test
    void aDecorativeImageHasEmptyAltText() {
        library.put(8L, embed("Library alt", true, null, null));

        Element img = render("![Words](media:8)").selectFirst("img");

        assertThat(img.hasAttr("alt")).isTrue();
        assertThat(img.attr("alt")).isEmpty();
        assertThat(render("![Words](media:8)").select("figcaption")).isEmpty();
    }

    @Test
    void anImageWithinTextIsAPictureWithoutAFigure() {
        library.put(9L, embed("Alt", false, "Caption", "Credit"));

        Document page = render("Text with ![icon](media:9) inside.");

        assertThat(page.select("figure")).isEmpty();
        assertThat(page.selectFirst("p picture img").attr("alt")).isEqualTo("icon");
    }

    @Test
    void anImageTheLibraryDoesNotHaveShowsNothing() {
        Document page = render("Before.\n\n![Gone](media:404)\n\nAfter.");

        assertThat(page.select("img, picture, figure")).isEmpty();
        assertThat(page.text()).isEqualTo("Before. After.");
    }

    @Test
    void captionsAndAltTextAreEscaped() {
        library.put(10L, embed("x", false, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"));

        Document page = render("![\"><script>alert(2)</script>](media:10 \"<b onclick=alert(3)>t</b>\")");

        assertThat(page.select("script, b")).isEmpty();
        assertThat(page.select("img")).hasSize(1);
        assertThat(page.selectFirst("figcaption").text())
                .isEqualTo("<b onclick=alert(3)>t</b> <img src=x onerror=alert(1)>");
    }

    @Test
    void rawHtmlCannotSmuggleASrcsetFromElsewhere() {
        Document page = render("<picture><source srcset=\"https://evil.example/x.webp 1w\" type=\"image/webp\">"
                + "<img src=\"/x.jpg\" srcset=\"javascript:alert(1) 1w\" sizes=\"100vw\" loading=\"lazy\"></picture>"
                + "\n\n<img srcset=\"/media/" + KEY + ".jpg 1w, https://evil.example/y.jpg 2w\">");

        assertThat(page.select("[srcset]")).isEmpty();
        assertThat(page.select("[sizes]")).isEmpty();
    }

    @Test
    void theReferencesAreReadFromTheMarkdownNotFromCodeOrLinks() {
        assertThat(MarkdownRenderer.imageReferences("""
                        ![One](media:1 "First")

                        Text ![](media:2) and [a link](media:3) and `![code](media:4)`.

                        ![Again](media:1)

                        ![Elsewhere](https://example.org/x.jpg)
                        """))
                .containsExactly(new ImageReference(1, "One", "First"), new ImageReference(2, "", null));
    }

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown, "en"));
    }
}
