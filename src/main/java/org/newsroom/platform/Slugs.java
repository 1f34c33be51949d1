package org.newsroom.platform;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs: lower-case ASCII letters and digits separated by single hyphens. A story's slug may also keep the letters
 * and digits of the right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, U+0590 to U+08FF), as Arabic- and
 * Hebrew-language news sites do: these scripts leave out most vowels, so a transliteration of a headline is unreadable
 * ("محادثات جنيف 2" would be "mhadthat-jnyf-2"), while the script itself is what its readers read. On the wire such a
 * slug is percent-encoded ({@link #toUri}); in HTML links it stays readable. Sections, tags and authors keep ASCII
 * slugs.
 */
public final class Slugs {

    public static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** A story's slug; the same rule as the database's {@code articles_slug_format}. */
    public static final Pattern ARTICLE_FORMAT = Pattern.compile("^[a-z0-9\u0590-\u08FF]+(-[a-z0-9\u0590-\u08FF]+)*$");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

    /** Any script to Latin, then to plain ASCII. Transliterators are not thread-safe, so each thread has its own. */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slugs() {}

    /**
     * A slug from free text: other scripts are transliterated ("Женева" becomes "zeneva", "جنيف" becomes "jnyf"),
     * accents are dropped ("São Paulo" becomes "sao-paulo"), anything else that is not a letter or digit becomes a
     * hyphen. Returns an empty string when nothing is left.
     */
    public static String slugify(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        if (!ASCII.matcher(text).matches()) {
            text = TO_ASCII.get().transliterate(text);
        }
        String ascii = COMBINING_MARKS
                .matcher(Normalizer.normalize(
                        text.replace("ß", "ss")
                                .replace("æ", "ae")
                                .replace("ø", "o")
                                .replace("ł", "l"),
                        Normalizer.Form.NFKD))
                .replaceAll("");
        String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = trimHyphens(slug.substring(0, cut > maxLength / 2 ? cut : maxLength));
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && FORMAT.matcher(slug).matches();
    }

    /** Whether a story may have this slug: {@link #isValid} or with letters and digits of right-to-left scripts. */
    public static boolean isValidForArticle(String slug) {
        return slug != null
                && ARTICLE_FORMAT.matcher(slug).matches()
                && !slug.codePoints().anyMatch(c -> c >= 0x0590 && !Character.isLetterOrDigit(c));
    }

    /**
     * A story's slug from its headline: like {@link #slugify}, except that words in a right-to-left script keep their
     * letters (without vowel marks), so "محادثات جنيف 2" gives "محادثات-جنيف-2".
     */
    public static String articleSlug(String headline, int maxLength) {
        if (headline == null) {
            return "";
        }
        String text = Normalizer.normalize(headline, Normalizer.Form.NFKC);
        if (text.codePoints().noneMatch(Slugs::rightToLeft)) {
            return slugify(text, maxLength);
        }
        StringBuilder slug = new StringBuilder();
        StringBuilder other = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (rightToLeft(c)) {
                if (!other.isEmpty()) {
                    slug.append('-')
                            .append(slugify(other.toString(), Integer.MAX_VALUE))
                            .append('-');
                    other.setLength(0);
                }
                if (Character.isLetterOrDigit(c)) {
                    slug.appendCodePoint(c);
                } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    slug.append('-');
                }
            } else {
                other.appendCodePoint(c);
            }
        });
        if (!other.isEmpty()) {
            slug.append('-').append(slugify(other.toString(), Integer.MAX_VALUE));
        }
        String joined = trimHyphens(slug.toString().replaceAll("-{2,}", "-"));
        if (joined.length() > maxLength) {
            int cut = joined.lastIndexOf('-', maxLength);
            joined = trimHyphens(joined.substring(0, cut > maxLength / 2 ? cut : maxLength));
        }
        return joined;
    }

    private static boolean rightToLeft(int c) {
        return c >= 0x0590 && c <= 0x08FF;
    }

    /**
     * A path or URL as it goes on the wire: every character outside ASCII percent-encoded as UTF-8 (RFC 3987's mapping
     * of an IRI to a URI); what is ASCII already, including existing escapes and a query, is left as it is.
     */
    public static String toUri(String iri) {
        if (iri == null || iri.chars().allMatch(c -> c < 0x80)) {
            return iri;
        }
        StringBuilder uri = new StringBuilder(iri.length() * 3);
        iri.codePoints().forEach(c -> {
            if (c < 0x80) {
                uri.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return uri.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
