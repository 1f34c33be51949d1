package org.newsroom.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.media.ImageEmbeds;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer =
            new MarkdownRenderer(new StaticListableBeanFactory().getBeanProvider(ImageEmbeds.class));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "<a href=\" javascript:alert(1)\">click</a>",
                "<a href=\"vbscript:msgbox(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
                "[click](javascript:alert(1))",
                "[click](javascript&#58;alert(1))",
                "![x](javascript:alert(1))",
                "<javascript:alert(1)>",
                "<svg onload=alert(1)><circle r=1 /></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</div>",
                "<p onmouseover=\"alert(1)\">hover</p>",
                "<form action=\"https://evil.example\"><input name=x><button>go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"https://evil.example/\">",
                "<link rel=stylesheet href=https://evil.example/x.css>",
                "<style>body{display:none}</style>",
                "<details open ontoggle=alert(1)>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\" target=\"_top\">ok</a>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<!--<script>alert(1)</script>-->",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"
            })
    void noScriptEventHandlerOrScriptUrlSurvives(String payload) {
        String html = renderer.toSafeHtml("Before\n\n" + payload + "\n\nAfter", "en");
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.select("script, iframe, object, embed, svg, math, style, form, input, meta, base, link"))
                .isEmpty();
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey())
                        .doesNotStartWithIgnoringCase("on")
                        .isNotEqualTo("style");
                assertThat(attribute.getValue().strip().toLowerCase())
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:");
            });
        }
        assertThat(html.toLowerCase()).doesNotContain("<script");
        assertThat(document.text()).contains("Before");
    }

    @Test
    void keepsOrdinaryFormatting() {
        String html = renderer.toSafeHtml("""
                Some *emphasis*, **strong** and a [link](https://example.org/page "Title").

                > A quotation

                - one
                - two

                | a | b |
                |---|---|
                | 1 | 2 |
                """, "en");
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.select("em").text()).isEqualTo("emphasis");
        assertThat(document.select("strong").text()).isEqualTo("strong");
        assertThat(document.selectFirst("a").attr("href")).isEqualTo("https://example.org/page");
        assertThat(document.selectFirst("a").attr("title")).isEqualTo("Title");
        assertThat(document.select("blockquote").text()).isEqualTo("A quotation");
        assertThat(document.select("li").eachText()).containsExactly("one", "two");
        assertThat(document.select("td").eachText()).containsExactly("1", "2");
    }

    @Test
    void headingsMoveBelowTheHeadline() {
        Document document = Jsoup.parseBodyFragment(renderer.toSafeHtml("# Big\n\n## Smaller\n\n<h1>Raw</h1>", "en"));

        assertThat(document.select("h1")).isEmpty();
        assertThat(document.select("h2").eachText()).contains("Big", "Raw");
    }

    @Test
    void keepsUnicodeExactly() {
        String text = "Zoë said “it’s done” — مرحبا بالعالم 🎉";

        assertThat(Jsoup.parseBodyFragment(renderer.toSafeHtml(text, "en")).text())
                .isEqualTo(text);
    }

    @Test
    void anEmptyBodyRendersNothing() {
        assertThat(renderer.toSafeHtml("", "en")).isEmpty();
        assertThat(renderer.toSafeHtml(null, "en")).isEmpty();
        assertThat(renderer.toSafeHtml("  \n ", "en")).isEmpty();
    }
}
