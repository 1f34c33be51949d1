package org.newsroom.article;

import static org.newsroom.article.MarkdownRenderer.SIZES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.newsroom.media.ImageEmbeds;

/**
 * {@link MarkdownRenderer}'s extension for images of the library, written {@code ![alt text](media:42 "Caption")}:
 * finding them in a parsed document, putting in their place the nodes that show them (or nothing, for an image that
 * does not exist), and writing those nodes as a responsive {@code <picture>}, in a {@code <figure>} with its caption
 * and credit when it stands alone in its paragraph. What it writes must pass the renderer's sanitizer policy, which
 * allows exactly these elements, the renditions' {@code srcset} and {@link MarkdownRenderer#SIZES}.
 */
final class LibraryImages {

    private static final Pattern MEDIA_REFERENCE = Pattern.compile("media:(\\d{1,18})");

    private LibraryImages() {}

    /** The library images a parsed document names, in order, each once. */
    static List<ImageReference> references(Node document) {
        Map<Long, ImageReference> references = new LinkedHashMap<>();
        for (Image image : libraryImages(document)) {
            ImageReference reference = reference(image);
            references.putIfAbsent(reference.imageId(), reference);
        }
        return List.copyOf(references.values());
    }

    /**
     * Replaces each library image with the node that renders it, or removes it when the library has no such image
     * (or there is no library: {@code source} is {@code null}).
     */
    static void embed(Node document, ImageEmbeds source) {
        List<Image> images = libraryImages(document);
        if (images.isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        images.forEach(image -> ids.add(reference(image).imageId()));
        Map<Long, ImageEmbeds.Embed> found = source == null ? Map.of() : source.find(ids);
        for (Image image : images) {
            ImageReference reference = reference(image);
            ImageEmbeds.Embed embed = found.get(reference.imageId());
            Node parent = image.getParent();
            if (embed == null) {
                image.unlink();
            } else if (parent instanceof Paragraph && parent.getFirstChild() == image && image.getNext() == null) {
                parent.insertBefore(new LibraryFigure(new Shown(embed, reference)));
                parent.unlink();
            } else {
                image.insertBefore(new LibraryPicture(new Shown(embed, reference)));
                image.unlink();
            }
        }
    }

    private static List<Image> libraryImages(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (MEDIA_REFERENCE.matcher(image.getDestination().strip()).matches()) {
                    images.add(image);
                }
            }
        });
        return images;
    }

    private static ImageReference reference(Image image) {
        Matcher matcher = MEDIA_REFERENCE.matcher(image.getDestination().strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a library image: " + image.getDestination());
        }
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                alt.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                alt.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                alt.append(' ');
            }
        });
        String title = image.getTitle();
        return new ImageReference(
                Long.parseLong(matcher.group(1)),
                alt.toString().strip(),
                title == null || title.isBlank() ? null : title.strip());
    }

    /** A library image as this body shows it: the library's image, with this body's alt text and caption. */
    private record Shown(ImageEmbeds.Embed embed, ImageReference reference) {

        /** Empty for a decorative image; else the body's alt text, or the library's. */
        String alt() {
            if (embed.decorative()) {
                return "";
            }
            if (!reference.alt().isEmpty()) {
                return reference.alt();
            }
            return embed.alt() == null ? "" : embed.alt().strip();
        }

        /** The body's caption, or the library's; {@code null} when neither has one. */
        String caption() {
            String caption = reference.caption() != null ? reference.caption() : embed.caption();
            return caption == null || caption.isBlank() ? null : caption.strip();
        }

        String credit() {
            return embed.credit() == null || embed.credit().isBlank()
                    ? null
                    : embed.credit().strip();
        }
    }

    /** A library image alone in its paragraph: a figure with its caption and credit. */
    private static final class LibraryFigure extends CustomBlock {
        final Shown image;

        LibraryFigure(Shown image) {
            this.image = image;
        }
    }

    /** A library image within a line of text: the picture alone. */
    private static final class LibraryPicture extends CustomNode {
        final Shown image;

        LibraryPicture(Shown image) {
            this.image = image;
        }
    }

    /** Writes the nodes {@link #embed} puts in a document. */
    static final class Renderer implements NodeRenderer {

        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(LibraryFigure.class, LibraryPicture.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof LibraryFigure figure) {
                html.line();
                html.tag("figure");
                picture(figure.image);
                String caption = figure.image.caption();
                String credit = figure.image.credit();
                if (caption != null || credit != null) {
                    html.tag("figcaption");
                    if (caption != null) {
                        html.text(caption);
                    }
                    if (caption != null && credit != null) {
                        html.text(" ");
                    }
                    if (credit != null) {
                        html.tag("small");
                        html.text(credit);
                        html.tag("/small");
                    }
                    html.tag("/figcaption");
                }
                html.tag("/figure");
                html.line();
            } else if (node instanceof LibraryPicture picture) {
                picture(picture.image);
            }
        }

        private void picture(Shown image) {
            ImageEmbeds.Embed embed = image.embed();
            html.tag("picture");
            html.tag("source", attributes("type", "image/webp", "srcset", embed.webpSrcset(), "sizes", SIZES), true);
            html.tag(
                    "img",
                    attributes(
                            "src", embed.src(),
                            "srcset", embed.jpegSrcset(),
                            "sizes", SIZES,
                            "width", String.valueOf(embed.width()),
                            "height", String.valueOf(embed.height()),
                            "alt", image.alt(),
                            // Images in the body are below the headline and the lead image: the browser fetches them
                            // as they near.
                            "loading", "lazy",
                            "decoding", "async"),
                    true);
            html.tag("/picture");
        }

        /** Names and values, in the order they are written. */
        private static Map<String, String> attributes(String... namesAndValues) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                attributes.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return attributes;
        }
    }
}
