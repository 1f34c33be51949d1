package org.newsroom.media;

import java.io.IOException;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes stored files that no image names any more. Files are named by their content, so one file can belong to
 * two images; a file goes only when no row refers to it.
 */
@Component
record UnusedFiles(MediaQueries queries, MediaStore store) {

    private static final Logger log = LoggerFactory.getLogger(UnusedFiles.class);

    void remove(Collection<String> keys) {
        for (String key : keys) {
            try {
                if (!queries.isReferenced(key)) {
                    store.delete(key);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Could not remove media file {}: {}", key, e.getMessage());
            }
        }
    }
}
