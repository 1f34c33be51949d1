package org.newsroom.site;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps (sitemaps.org 0.9) and Google News sitemaps, written with an XML stream writer so that every value is
 * escaped. Times are W3C datetimes in UTC, to the second.
 */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** A URL of a sitemap or of a sitemap index, with its last modification if known. */
    record Location(String url, Instant lastModified) {}

    /** A story in a news sitemap. */
    record NewsItem(String url, String publicationName, String language, Instant publishedAt, String title) {}

    private SitemapXml() {}

    static byte[] index(List<Location> sitemaps) {
        return locations("sitemapindex", "sitemap", sitemaps);
    }

    static byte[] urlset(List<Location> urls) {
        return locations("urlset", "url", urls);
    }

    static byte[] news(List<NewsItem> items) {
        return document("urlset", true, xml -> {
            for (NewsItem item : items) {
                xml.writeStartElement(SITEMAP_NS, "url");
                element(xml, SITEMAP_NS, "loc", item.url());
                xml.writeStartElement(NEWS_NS, "news");
                xml.writeStartElement(NEWS_NS, "publication");
                element(xml, NEWS_NS, "name", item.publicationName());
                element(xml, NEWS_NS, "language", item.language());
                xml.writeEndElement();
                element(xml, NEWS_NS, "publication_date", w3c(item.publishedAt()));
                element(xml, NEWS_NS, "title", item.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
        });
    }

    /** An index and a plain sitemap differ only in the names of their root and of each entry. */
    private static byte[] locations(String root, String entry, List<Location> locations) {
        return document(root, false, xml -> {
            for (Location location : locations) {
                xml.writeStartElement(SITEMAP_NS, entry);
                element(xml, SITEMAP_NS, "loc", location.url());
                if (location.lastModified() != null) {
                    element(xml, SITEMAP_NS, "lastmod", w3c(location.lastModified()));
                }
                xml.writeEndElement();
            }
        });
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static byte[] document(String root, boolean news, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(SITEMAP_NS, root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (news) {
                xml.setPrefix("news", NEWS_NS);
                xml.writeNamespace("news", NEWS_NS);
            }
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
