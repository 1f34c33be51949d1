package org.newsroom.platform;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Typewriter text to typeset text, as wire copy is printed: straight quotes become the quotation marks of the story's
 * language, apostrophes curl, {@code ...} becomes an ellipsis, and hyphens used as dashes become dashes. It changes
 * only what readers are shown; what the editor typed is stored as typed.
 *
 * <ul>
 *   <li>Quotation marks come from CLDR (through ICU), so every language gets its own: “ ” and ‘ ’ in English, „ “ and
 *       ‚ ‘ in German, « » in French, with the narrow no-break space (U+202F) that French typography puts inside them.
 *       An unknown or missing language gets the English marks.
 *   <li>Whether a straight quote opens or closes is read from the character before it, as WordPress's wptexturize
 *       does: after a space, an opening bracket, a dash or another opening mark it opens, otherwise it closes. A single
 *       quote between letters, or one that closes nothing, is an apostrophe (’), as is one before a year ("’90s").
 *   <li>Dashes: a hyphen or a double hyphen between spaces ({@code require - courage}) becomes a spaced en dash, the
 *       dash of British wire copy (Reuters, the BBC, the Guardian) and of French and German typography; the space
 *       before it is a no-break space, so that no line starts with a dash. An unspaced {@code --} becomes an en dash,
 *       {@code ---} an em dash. Hyphens inside words and ranges ({@code 2013-2014}) stay as they are.
 *   <li>{@code ...} becomes {@code …}. Quotation marks that are already typographic are kept.
 * </ul>
 *
 * <p>Markdown bodies go through {@link MarkdownRenderer}, which applies this to text only, never to code, URLs or
 * HTML. Headlines and decks are plain text: {@link #text(String, String)}.
 */
public final class Typography {

    static final char NO_BREAK_SPACE = '\u00A0';
    static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final char APOSTROPHE = '’';
    private static final String OPENING_CONTEXT = "([{<–—-/“‘„‚«‹\"'";

    private static final ConcurrentMap<String, Marks> MARKS = new ConcurrentHashMap<>();

    private Typography() {}

    /** The text as readers should see it, in the conventions of the language (a BCP 47 tag; null means English). */
    public static String text(String text, String language) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return new Run(language).apply(text);
    }

    /**
     * Typography for the pieces of one paragraph, heading or cell, in order: a quote that opens in one piece (before
     * an emphasis, say) closes in a later one. Not thread-safe; one run per block.
     */
    public static final class Run {

        private final Marks marks;
        private boolean atStart = true;
        private char previous;
        private int openSingles;

        public Run(String language) {
            this.marks = marksFor(language);
        }

        /** Text the run must not change (inline code), but that counts as what came before the next piece. */
        public void skip(String literal) {
            if (literal != null && !literal.isEmpty()) {
                atStart = false;
                previous = literal.charAt(literal.length() - 1);
            }
        }

        /** A line break within the block. */
        public void space() {
            atStart = false;
            previous = ' ';
        }

        public String apply(String piece) {
            StringBuilder out = new StringBuilder(piece.length() + 8);
            int length = piece.length();
            int i = 0;
            while (i < length) {
                char c = piece.charAt(i);
                char next = i + 1 < length ? piece.charAt(i + 1) : ' ';
                if (c == '.' && piece.startsWith("...", i)) {
                    emit(out, "…");
                    i += 3;
                    continue;
                }
                if (c == '-') {
                    int hyphens = 1;
                    while (i + hyphens < length && piece.charAt(i + hyphens) == '-') {
                        hyphens++;
                    }
                    char after = i + hyphens < length ? piece.charAt(i + hyphens) : ' ';
                    boolean spaced = !atStart && isSpace(previous) && isSpace(after);
                    if (hyphens == 3) {
                        emit(out, "—");
                    } else if (hyphens == 2 || (hyphens == 1 && spaced)) {
                        if (spaced && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                            out.setCharAt(out.length() - 1, NO_BREAK_SPACE);
                        }
                        emit(out, "–");
                    } else {
                        emit(out, piece.substring(i, i + hyphens));
                    }
                    i += hyphens;
                    continue;
                }
                if (c == '"') {
                    emit(out, opens() ? marks.open : marks.close);
                } else if (c == '\'') {
                    if (!atStart && Character.isLetterOrDigit(previous) && Character.isLetter(next)) {
                        emit(out, String.valueOf(APOSTROPHE));
                    } else if (opens()) {
                        if (Character.isDigit(next)) {
                            emit(out, String.valueOf(APOSTROPHE));
                        } else {
                            openSingles++;
                            emit(out, marks.openInner);
                        }
                    } else if (openSingles > 0) {
                        openSingles--;
                        emit(out, marks.closeInner);
                    } else {
                        emit(out, String.valueOf(APOSTROPHE));
                    }
                } else {
                    out.append(c);
                    atStart = false;
                    previous = c;
                }
                i++;
            }
            return out.toString();
        }

        private boolean opens() {
            return atStart || isSpace(previous) || OPENING_CONTEXT.indexOf(previous) >= 0;
        }

        private void emit(StringBuilder out, String s) {
            out.append(s);
            atStart = false;
            previous = s.charAt(s.length() - 1);
            // A French opening guillemet ends with its inner space: what follows it is still "after an opening mark".
            if (previous == NARROW_NO_BREAK_SPACE && s.length() > 1) {
                previous = s.charAt(0);
            }
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private record Marks(String open, String close, String openInner, String closeInner) {}

    private static Marks marksFor(String language) {
        String tag = language == null || language.isBlank() ? "en" : language.strip();
        return MARKS.computeIfAbsent(tag.toLowerCase(Locale.ROOT), Typography::lookUp);
    }

    private static Marks lookUp(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            locale = ULocale.ENGLISH;
        }
        LocaleData data = LocaleData.getInstance(locale);
        String open = data.getDelimiter(LocaleData.QUOTATION_START);
        String close = data.getDelimiter(LocaleData.QUOTATION_END);
        String openInner = data.getDelimiter(LocaleData.ALT_QUOTATION_START);
        String closeInner = data.getDelimiter(LocaleData.ALT_QUOTATION_END);
        if ("fr".equals(locale.getLanguage())) {
            // French sets its guillemets off from the words they enclose with a narrow no-break space.
            open = spacedOpen(open);
            close = spacedClose(close);
            openInner = spacedOpen(openInner);
            closeInner = spacedClose(closeInner);
        }
        return new Marks(open, close, openInner, closeInner);
    }

    private static String spacedOpen(String mark) {
        return mark.equals("«") || mark.equals("‹") ? mark + NARROW_NO_BREAK_SPACE : mark;
    }

    private static String spacedClose(String mark) {
        return mark.equals("»") || mark.equals("›") ? NARROW_NO_BREAK_SPACE + mark : mark;
    }
}
