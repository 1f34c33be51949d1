package org.newsroom.site;

/**
 * Text as XML 1.0 can carry it. An XML writer escapes markup, but some characters cannot be written at all, even
 * escaped: control characters other than tab and line breaks, unpaired surrogates, U+FFFE and U+FFFF. A headline
 * pasted with one of them must not break a feed or a sitemap, so they are dropped.
 */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        if (text == null || text.codePoints().allMatch(XmlText::allowed)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
