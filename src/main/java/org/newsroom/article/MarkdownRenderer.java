package org.newsroom.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.newsroom.media.ImageEmbeds;
import org.newsroom.platform.Typography;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns an editor's Markdown into HTML that is safe to put on a public page. CommonMark renders it; the OWASP
 * sanitizer then keeps only a fixed list of elements and attributes, so raw {@code <script>}, event handlers,
 * {@code style}, {@code javascript:} URLs and the like never reach a reader. Headings move one level down, because
 * the headline is the page's only {@code h1}.
 *
 * <p>An image of the library is written {@code ![alt text](media:42 "Caption")}: it becomes a responsive
 * {@code <picture>} of the image's renditions (WebP and JPEG, with {@code srcset}, {@code sizes}, {@code width} and
 * {@code height}), in a {@code <figure>} with its caption and credit when it stands alone in its paragraph. Empty
 * brackets take the image's own alt text, and no title its own caption. A reference to an image that does not exist
 * shows nothing. {@link LibraryImages} does that; the sanitizer here lets through only what it writes: the
 * {@code picture} elements, {@link #SIZES} and {@code srcset} lists of the library's own rendition URLs.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** The width the article column takes, for the browser to pick a rendition before it lays the page out. */
    public static final String SIZES = "(min-width: 42rem) 40rem, calc(100vw - 2rem)";

    /**
     * A rendition's address: this site's {@code /media/{key}.webp} or {@code .jpg}, or one under
     * {@code newsroom.media.public-base-url}, which ends in the key. (Any such address could be an {@code img}'s
     * {@code src} anyway; the pages' Content-Security-Policy decides where images may come from.)
     */
    private static final String RENDITION = "(/media/[0-9a-f]{64}\\.(webp|jpg)|https?://[^\\s,]+/[0-9a-f]{64})";

    /**
     * A {@code srcset} of the library's renditions, and nothing else. (The sanitizer checks each URL of a srcset by
     * itself, then joins them with {@code " , "}, which this allows.)
     */
    private static final Pattern SRCSET =
            Pattern.compile(RENDITION + " \\d{1,5}w(\\s*,\\s*" + RENDITION + " \\d{1,5}w)*");

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
                    "img",
                    "picture",
                    "source")
            .allowElements((name, attrs) -> "h2", "h1")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "abbr", "img")
            .allowAttributes("src", "alt", "width", "height")
            .onElements("img")
            .allowAttributes("srcset")
            .matching(SRCSET)
            .onElements("img", "source")
            .allowAttributes("sizes")
            .matching(true, SIZES)
            .onElements("img", "source")
            .allowAttributes("type")
            .matching(true, "image/webp", "image/jpeg")
            .onElements("source")
            .allowAttributes("loading")
            .matching(true, "lazy", "eager")
            .onElements("img")
            .allowAttributes("decoding")
            .matching(true, "async")
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

    /** CommonMark's parser is thread-safe; the renderer and {@link #imageReferences} share it. */
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer renderer;
    private final ObjectProvider<ImageEmbeds> embeds;

    public MarkdownRenderer(ObjectProvider<ImageEmbeds> embeds) {
        this.embeds = embeds;
        this.renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .sanitizeUrls(true)
                .nodeRendererFactory(LibraryImages.Renderer::new)
                .build();
    }

    /**
     * Bumped whenever a change here changes the HTML of a body that was already rendered, so that stored bodies are
     * rendered again (see the article module's re-rendering at start).
     */
    public static final int VERSION = 2;

    /**
     * Sanitized HTML for the given Markdown; never null. The text is set in the typography of the language (a BCP 47
     * tag, see {@link Typography}); code, URLs and raw HTML are left as written.
     */
    public String toSafeHtml(String markdown, String language) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        LibraryImages.embed(document, embeds.getIfAvailable());
        typeset(document, language);
        return POLICY.sanitize(renderer.render(document));
    }

    /** A web or mail address written out in the text, without its trailing punctuation. */
    private static final Pattern BARE_ADDRESS =
            Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.|mailto:)[^\\s<>]*[^\\s<>.,;:!?'\")\\]]");

    /** An opening or closing tag of inline HTML whose text is verbatim: code, keyboard input, sample output, a link. */
    private static final Pattern VERBATIM_TAG = Pattern.compile("(?is)<(/?)(?:code|kbd|samp|var|tt|a)(?:\\s[^>]*)?>");

    /**
     * Applies {@link Typography} to the document's text nodes, one run per block, so that a quote opened before an
     * emphasis closes after it. Code spans count as text before the next piece but are never changed; code blocks and
     * HTML are not text nodes; link destinations are attributes, not text; autolinks (whose text is their URL), text
     * inside inline HTML {@code <code>}, {@code <kbd>}, {@code <samp>}, {@code <var>}, {@code <tt>} or {@code <a>},
     * addresses written out in the text, and image descriptions are left alone.
     */
    private static void typeset(Node document, String language) {
        document.accept(new AbstractVisitor() {
            private Block block;
            private Typography.Run run;

            private Typography.Run runFor(Node node) {
                Node parent = node.getParent();
                while (parent != null && !(parent instanceof Block)) {
                    parent = parent.getParent();
                }
                if (parent != block || run == null) {
                    block = (Block) parent;
                    run = new Typography.Run(language);
                }
                return run;
            }

            @Override
            public void visit(Text text) {
                for (Node up = text.getParent(); up != null; up = up.getParent()) {
                    if (up instanceof Image) {
                        return;
                    }
                    if (up instanceof Link link && text.getLiteral().equals(link.getDestination())) {
                        runFor(text).skip(text.getLiteral());
                        return;
                    }
                }
                Typography.Run run = runFor(text);
                if (verbatim > 0) {
                    run.skip(text.getLiteral());
                    return;
                }
                // A bare address in the prose (not a link) is written as it must be typed: never typeset.
                String literal = text.getLiteral();
                Matcher address = BARE_ADDRESS.matcher(literal);
                StringBuilder typeset = new StringBuilder(literal.length());
                int done = 0;
                while (address.find()) {
                    typeset.append(run.apply(literal.substring(done, address.start())));
                    run.skip(address.group());
                    typeset.append(address.group());
                    done = address.end();
                }
                typeset.append(run.apply(literal.substring(done)));
                text.setLiteral(typeset.toString());
            }

            /** How many inline HTML elements whose text is verbatim (code, keyboard input, links) are open. */
            private int verbatim;

            @Override
            public void visit(HtmlInline html) {
                Matcher tag = VERBATIM_TAG.matcher(html.getLiteral());
                if (tag.matches() && !html.getLiteral().endsWith("/>")) {
                    verbatim = Math.max(0, verbatim + (tag.group(1).isEmpty() ? 1 : -1));
                }
            }

            @Override
            public void visit(Code code) {
                runFor(code).skip(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                runFor(softLineBreak).space();
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                runFor(hardLineBreak).space();
            }

            @Override
            public void visit(Image image) {
                // Its description is the alt attribute: left as written.
            }
        });
    }

    /** The library images the Markdown names, in order, each once. */
    public static List<ImageReference> imageReferences(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        return LibraryImages.references(PARSER.parse(markdown));
    }
}
