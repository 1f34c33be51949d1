package org.newsroom.frontpage;

/**
 * One place on a front, as an editor fills it: a story, and what the front shows of it instead of the story's own
 * headline, deck and picture, each {@code null} (or blank) to keep the story's own.
 */
public record FrontSlot(long articleId, String headline, String deck, Long imageId) {

    public static final int MAX_HEADLINE = 300;
    public static final int MAX_DECK = 600;

    public FrontSlot {
        headline = blankToNull(headline);
        deck = blankToNull(deck);
    }

    public static FrontSlot of(long articleId) {
        return new FrontSlot(articleId, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
