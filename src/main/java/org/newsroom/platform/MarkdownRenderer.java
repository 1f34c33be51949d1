package org.newsroom.platform;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into HTML that is safe to put on a public page. CommonMark renders it; the OWASP
 * sanitizer then keeps only a fixed list of elements and attributes, so raw {@code <script>}, event handlers,
 * {@code style}, {@code javascript:} URLs and the like never reach a reader. Headings move one level down, because
 * the headline is the page's only {@code h1}.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "b",
                    "i",
                    "s",
                    "del",
                    "sub",
                    "sup",
                    "small",
                    "mark",
                    "abbr",
                    "cite",
                    "q",
                    "ul",
                    "ol",
                    "li",
                    "dl",
                    "dt",
                    "dd",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "figure",
                    "figcaption",
                    "a",
                    "img")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "abbr", "img")
            .allowAttributes("src", "alt", "width", "height")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("\\d{1,6}"))
            .onElements("ol")
            .allowAttributes("align")
            .matching(true, "left", "right", "center")
            .onElements("th", "td")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        this.parser = Parser.builder().extensions(EXTENSIONS).build();
        this.renderer =
                HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();
    }

    /** Sanitized HTML for the given Markdown; never null. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
