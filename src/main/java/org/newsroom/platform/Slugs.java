package org.newsroom.platform;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters and digits separated by single hyphens. */
public final class Slugs {

    public static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
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
