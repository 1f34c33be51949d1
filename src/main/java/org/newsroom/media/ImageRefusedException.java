package org.newsroom.media;

/** An upload the library will not take, with the message to show next to the file. */
public class ImageRefusedException extends RuntimeException {

    public ImageRefusedException(String message) {
        super(message);
    }

    public ImageRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
