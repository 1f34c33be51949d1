package org.newsroom.platform;

import java.util.Locale;
import java.util.Set;

/** The writing direction of a language, for {@code dir} attributes. */
public final class TextDirection {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "yi", "ps", "sd", "ug", "dv");

    private TextDirection() {}

    /** {@code rtl} for right-to-left languages such as Arabic, Hebrew, Persian or Urdu (a BCP 47 tag), else {@code ltr}. */
    public static String of(String language) {
        if (language == null || language.isBlank()) {
            return "ltr";
        }
        String primary = language.strip().split("-", 2)[0].toLowerCase(Locale.ROOT);
        return RIGHT_TO_LEFT.contains(primary) ? "rtl" : "ltr";
    }
}
