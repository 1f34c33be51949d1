package org.newsroom.site;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/** XML answers of the site, checked by a strict parser and then searched with jsoup's selectors. */
final class XmlDocuments {

    private XmlDocuments() {}

    /**
     * Parses a document that must be well-formed, namespaces included: the JDK's parser refuses anything else, where
     * jsoup would repair it. Selectors see prefixed names as {@code news|title}.
     */
    static Document parse(String xml) {
        strict(xml);
        return Jsoup.parse(xml, "", Parser.xmlParser());
    }

    /** The namespace-aware DOM of a well-formed document; fails on anything else. */
    static org.w3c.dom.Document strict(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }
}
