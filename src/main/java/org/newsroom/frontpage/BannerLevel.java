package org.newsroom.frontpage;

/** How urgent the banner is: its colour, and the word said before its line (the colour is never the only sign). */
public enum BannerLevel {
    BREAKING("Breaking"),
    DEVELOPING("Developing");

    private final String label;

    BannerLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
