package org.newsroom.article;

/**
 * A story's lead image: an image of the library, with the alt text and caption this story gives it.
 *
 * @param imageId the library image, or {@code null} for none
 * @param alt this story's alt text; {@code null} to use the image's own
 * @param caption this story's caption; {@code null} to use the image's own
 * @param decorative shown with empty alt text in this story
 */
public record LeadImage(Long imageId, String alt, String caption, boolean decorative) {

    public static final LeadImage NONE = new LeadImage(null, null, null, false);

    public LeadImage {
        alt = blankToNull(alt);
        caption = blankToNull(caption);
        if (imageId == null) {
            alt = null;
            caption = null;
            decorative = false;
        }
    }

    public boolean present() {
        return imageId != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
