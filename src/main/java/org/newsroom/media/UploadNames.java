package org.newsroom.media;

import java.util.regex.Pattern;

/** The name an upload was sent with: what the library keeps of it, and what a refusal shows. */
final class UploadNames {

    /** Invisible characters that make a name lie about itself (control characters, bidirectional overrides). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private static final Pattern PATH = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|[/\\\\]");

    private UploadNames() {}

    /**
     * The name a file was sent with, as it is kept and shown. A name that tries to be a path ({@code ../}, slashes) or
     * hides control characters is refused rather than quietly changed, so that what the library shows is what was
     * sent. The name never names a stored file: those are named by their content.
     */
    static String kept(String raw) {
        if (raw == null || raw.isBlank()) {
            return "image";
        }
        if (CONTROL.matcher(raw).find()) {
            throw new ImageRefusedException(
                    "The file name contains control characters. Rename the file and upload it again.");
        }
        if (PATH.matcher(raw).find()) {
            throw new ImageRefusedException(
                    "The file name contains a path (“../” or a slash). Rename the file and" + " upload it again.");
        }
        String name = raw.strip();
        if (name.equals(".") || name.equals("..")) {
            throw new ImageRefusedException("“" + name + "” is not a file name. Rename the file and upload it again.");
        }
        if (name.length() > 255) {
            throw new ImageRefusedException(
                    "The file name is longer than 255 characters. Rename the file and upload" + " it again.");
        }
        return name;
    }

    /** The name to show next to a refusal, with anything invisible made visible. */
    static String shown(String raw) {
        if (raw == null || raw.isBlank()) {
            return "image";
        }
        String shown = CONTROL.matcher(raw).replaceAll("\uFFFD").strip();
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }
}
