package org.newsroom.frontpage;

/**
 * Which front: the front page ({@link #FRONT}), or a section's front.
 *
 * @param sectionId the section whose front it is, or {@code null} for the front page
 */
public record FrontKey(Long sectionId) {

    public static final FrontKey FRONT = new FrontKey(null);

    public static FrontKey section(long sectionId) {
        return new FrontKey(sectionId);
    }

    public boolean isFrontPage() {
        return sectionId == null;
    }

    /**
     * The surrogate key of the page this front is shown on ({@link org.newsroom.platform.SurrogateKeys}): {@code front}
     * for the front page, the section's key for a section front. A change to the front purges exactly that page.
     */
    public String surrogateKey() {
        return sectionId == null ? "front" : org.newsroom.platform.SurrogateKeys.section(sectionId);
    }

    /** As the tables store it: {@code front} or {@code section:<id>}. */
    String stored() {
        return sectionId == null ? "front" : "section:" + sectionId;
    }

    static FrontKey ofStored(String stored) {
        return stored.equals("front") ? FRONT : section(Long.parseLong(stored.substring("section:".length())));
    }
}
