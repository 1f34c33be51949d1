package org.newsroom.media;

import java.util.List;

/** An image in the library grid, with the stories that use it. */
public record LibraryImage(ImageDetails image, List<ImageUser> usedBy) {

    public boolean inUse() {
        return !usedBy.isEmpty();
    }
}
