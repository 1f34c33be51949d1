package org.newsroom.support;

import java.io.ByteArrayInputStream;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageEdit;
import org.newsroom.media.ImageUploads;
import org.newsroom.media.MediaLibrary;
import org.newsroom.media.UploadResult;
import org.newsroom.staff.Actor;
import org.springframework.boot.test.context.TestComponent;

/** Puts images in the library for tests, through its API. */
@TestComponent
public class TestMedia {

    private final ImageUploads uploads;
    private final MediaLibrary library;

    TestMedia(ImageUploads uploads, MediaLibrary library) {
        this.uploads = uploads;
        this.library = library;
    }

    /** A new JPEG (never seen before) of this size, described as given. */
    public ImageDetails image(Actor by, int width, int height, String alt, String caption, String credit) {
        UploadResult result = uploads.upload(
                "test-" + System.nanoTime() + ".jpg",
                new ByteArrayInputStream(TestImages.jpeg(width, height)),
                null,
                by);
        if (!(result instanceof UploadResult.Stored stored)) {
            throw new AssertionError("The test image was refused: " + result);
        }
        ImageDetails image = stored.image();
        library.describe(image.id(), image.version(), new ImageEdit(alt, caption, credit, false), by);
        return library.get(image.id());
    }

    public ImageDetails image(Actor by, String alt, String caption, String credit) {
        return image(by, 1200, 800, alt, caption, credit);
    }
}
