package org.newsroom.media;

/**
 * What the newsroom says about an image: the defaults each use starts from.
 *
 * @param alt what the image shows, for people who cannot see it; required unless the image is decorative
 * @param credit who made it, e.g. {@code Photo: Ana Reyes/Agence Example}
 * @param decorative the image adds nothing a reader would miss: it is shown with empty alt text
 */
public record ImageEdit(String alt, String caption, String credit, boolean decorative) {

    public ImageEdit {
        alt = clean(alt);
        caption = clean(caption);
        credit = clean(credit);
    }

    /** Trimmed, on one line, without control characters; {@code null} when empty. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cc}\\u2028\\u2029]+", " ")
                .replaceAll("\\s{2,}", " ")
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
