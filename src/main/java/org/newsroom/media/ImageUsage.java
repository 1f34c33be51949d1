package org.newsroom.media;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who uses library images. The article module answers for stories (lead images and images in bodies, live or in a
 * working copy); the library shows the answer and refuses to delete an image in use. Declared here so that the library
 * needs no dependency on the modules that use it.
 */
public interface ImageUsage {

    /** For each of these images that is in use, the stories using it; images in no story are left out. */
    Map<Long, List<ImageUser>> usersOf(Collection<Long> imageIds);
}
