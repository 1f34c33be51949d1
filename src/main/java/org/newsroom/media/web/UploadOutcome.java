package org.newsroom.media.web;

import java.io.Serializable;
import org.newsroom.media.UploadResult;

/**
 * What the library page says about one uploaded file after the form's redirect (kept in the session until then, so
 * small and serializable).
 *
 * @param imageId the stored image, or {@code null} when the file was refused
 * @param message why it was refused, or what happened to it
 */
public record UploadOutcome(String fileName, boolean stored, Long imageId, String message, String thumbnail)
        implements Serializable {

    static UploadOutcome of(UploadResult result) {
        return switch (result) {
            case UploadResult.Stored stored ->
                new UploadOutcome(
                        stored.fileName(),
                        true,
                        stored.image().id(),
                        stored.alreadyInLibrary()
                                ? "Already in the library: the same file was uploaded before."
                                : "Uploaded. Add its alt text, caption and credit.",
                        stored.image().picture().renditions().isEmpty()
                                ? null
                                : stored.image().picture().jpeg().getFirst().url());
            case UploadResult.Refused refused ->
                new UploadOutcome(refused.fileName(), false, null, refused.reason(), null);
        };
    }
}
