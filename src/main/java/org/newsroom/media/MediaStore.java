package org.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Where image files live. A file is stored under its key, the lowercase hex SHA-256 of its bytes, so storing the same
 * bytes twice keeps one file, and a key names its content for good (which is what lets the site cache renditions
 * forever). Keys are the only names a store accepts: callers never give it a path or a file name, so nothing can
 * reach outside it. {@link FileSystemMediaStore} keeps files in a directory; an S3-compatible store can implement the
 * same interface.
 */
public interface MediaStore {

    Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * Stores everything {@code content} holds, under the SHA-256 of those bytes. The file appears whole or not at all
     * (it is written aside, then moved into place). Does not close {@code content}.
     */
    Stored put(InputStream content) throws IOException;

    /** The file stored under this key; empty for an unknown key or anything that is not a key. */
    Optional<Resource> open(String key);

    boolean exists(String key);

    /** Removes the file stored under this key, if any. Returns whether there was one. */
    boolean delete(String key) throws IOException;

    /**
     * @param created whether this put wrote the file, rather than finding the same bytes already stored
     */
    record Stored(String key, long size, boolean created) {}
}
