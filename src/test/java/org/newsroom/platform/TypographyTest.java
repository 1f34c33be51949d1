package org.newsroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.article.MarkdownRenderer;
import org.newsroom.media.ImageEmbeds;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class TypographyTest {

    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    @Test
    void englishGetsCurlyQuotesAndApostrophes() {
        assertThat(Typography.text("\"It's the 'best' chance,\" he said.", "en"))
                .isEqualTo("“It’s the ‘best’ chance,” he said.");
        assertThat(Typography.text("The ministers' talks in the '90s", "en-GB"))
                .isEqualTo("The ministers’ talks in the ’90s");
    }

    @Test
    void frenchGetsGuilletsWithNarrowNoBreakSpacesInside() {
        assertThat(Typography.text("Il a dit \"c'est fini\".", "fr"))
                .isEqualTo("Il a dit «" + NNBSP + "c’est fini" + NNBSP + "».");
    }

    @Test
    void germanGetsLowAndHighQuotes() {
        assertThat(Typography.text("Er sagte: \"Wir 'verhandeln' weiter.\"", "de"))
                .isEqualTo("Er sagte: „Wir ‚verhandeln‘ weiter.“");
    }

    @Test
    void otherLanguagesGetTheirOwnMarksAndUnknownOnesEnglish() {
        assertThat(Typography.text("\"x\"", "it")).isEqualTo("«x»");
        assertThat(Typography.text("\"x\"", null)).isEqualTo("“x”");
        assertThat(Typography.text("\"x\"", "zz")).isEqualTo("“x”");
    }

    @Test
    void spacedHyphensBecomeSpacedEnDashesThatNoLineStartsWith() {
        assertThat(Typography.text("it will require - courage", "en"))
                .isEqualTo("it will require" + NBSP + "– courage");
        assertThat(Typography.text("talks -- at last", "en")).isEqualTo("talks" + NBSP + "– at last");
        assertThat(Typography.text("yes---no", "en")).isEqualTo("yes—no");
        assertThat(Typography.text("pages 10--12", "en")).isEqualTo("pages 10–12");
    }

    @Test
    void hyphensInWordsAndRangesStay() {
        assertThat(Typography.text("a well-known 2013-2014 cease-fire", "en"))
                .isEqualTo("a well-known 2013-2014 cease-fire");
        assertThat(Typography.text("-5 degrees", "en")).isEqualTo("-5 degrees");
    }

    @Test
    void threeDotsBecomeAnEllipsis() {
        assertThat(Typography.text("Wait... what?", "en")).isEqualTo("Wait… what?");
    }

    @Test
    void typographicQuotesAreKeptAndTheResultIsStable() {
        String typeset = Typography.text("“Already” and \"straight\"", "en");
        assertThat(typeset).isEqualTo("“Already” and “straight”");
        assertThat(Typography.text(typeset, "en")).isEqualTo(typeset);
    }

    @Test
    void markdownBodiesAreTypesetButNeverCodeUrlsOrHtml() {
        MarkdownRenderer renderer =
                new MarkdownRenderer(new StaticListableBeanFactory().getBeanProvider(ImageEmbeds.class));
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml("""
                "Talks" will require - courage... [the "plan"](https://example.org/a--b?x="y")

                Run `say "hi" -- now...` and see <https://example.org/it's--here>

                    "code block" -- stays

                A "*quoted emphasis*" closes after it.

                ![A "quoted" alt](https://example.org/i.jpg)
                """, "en"));
        assertThat(html.select("p").get(0).wholeText())
                .isEqualTo("“Talks” will require" + NBSP + "– courage… the “plan”");
        assertThat(html.select("p a").first().attr("href")).isEqualTo("https://example.org/a--b?x=\"y\"");
        assertThat(html.select("code").get(0).text()).isEqualTo("say \"hi\" -- now...");
        assertThat(html.select("p").get(1).select("a").text()).isEqualTo("https://example.org/it's--here");
        assertThat(html.select("pre code").text()).isEqualTo("\"code block\" -- stays");
        assertThat(html.select("p").get(2).text()).isEqualTo("A “quoted emphasis” closes after it.");
        assertThat(html.select("img").attr("alt")).isEqualTo("A \"quoted\" alt");
    }

    @Test
    void inlineHtmlCodeAndAddressesWrittenOutStayAsTyped() {
        MarkdownRenderer renderer =
                new MarkdownRenderer(new StaticListableBeanFactory().getBeanProvider(ImageEmbeds.class));
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml("""
                Type <code>it's "x" -- y...</code> or <kbd>--help</kbd>, then "go".

                See https://example.org/a--b...c or www.example.org/it's--here. "Done."
                """, "en"));
        assertThat(html.select("code").text()).isEqualTo("it's \"x\" -- y...");
        // <kbd> is not among the elements a body keeps, but its text is kept, as typed.
        assertThat(html.select("p").get(0).text()).contains(" or --help, then “go”.");
        assertThat(html.select("p").get(1).text())
                .isEqualTo("See https://example.org/a--b...c or www.example.org/it's--here. “Done.”");
    }

    @Test
    void markdownBodiesFollowTheStorysLanguage() {
        MarkdownRenderer renderer =
                new MarkdownRenderer(new StaticListableBeanFactory().getBeanProvider(ImageEmbeds.class));
        assertThat(Jsoup.parseBodyFragment(renderer.toSafeHtml("Il a dit \"non\".", "fr"))
                        .text())
                .isEqualTo("Il a dit «" + NNBSP + "non" + NNBSP + "».");
    }
}
