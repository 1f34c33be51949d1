package org.newsroom.media;

/** What became of one uploaded file: stored (or found already in the library), or refused with the reason. */
public sealed interface UploadResult {

    /** The name the file was sent with, for the message next to it (control characters removed). */
    String fileName();

    record Stored(String fileName, ImageDetails image, boolean alreadyInLibrary) implements UploadResult {}

    record Refused(String fileName, String reason) implements UploadResult {}
}
