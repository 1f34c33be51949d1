package org.newsroom.media;

import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.stereotype.Component;

/**
 * Decides whether a file is an image the library takes, by decoding its content (never by its name or the type the
 * browser claimed), and makes its renditions.
 *
 * <p>The checks come in the order that keeps the server safe: the decoder is chosen by the file's first bytes; the
 * dimensions come from the header, and an image with more pixels than {@code newsroom.media.max-pixels} is refused
 * before a single pixel is decoded (a decompression bomb is a few kilobytes claiming gigapixels); then the whole image
 * is decoded, and a decoder's complaint that data is missing refuses it as damaged. Renditions are encoded afresh from
 * the pixels, so they carry none of the original's metadata (EXIF, GPS, XMP, comments); the EXIF orientation is
 * applied to the pixels first.
 *
 * <p>The checks stay in one class, as the order above is the safety argument; {@link Renditions} encodes the pixels,
 * under the same limit of images handled at once per instance.
 */
@Component
class ImageProcessor {

    /** Decoder warnings that mean the data stops short: a truncated upload, not a quirk of some camera. */
    private static final Pattern MISSING_DATA =
            Pattern.compile("truncat|premature|missing eoi|end of (file|stream|data)|unexpected end");

    /** Decoding takes memory in proportion to pixels: a few at a time, whatever the number of uploads. */
    private final Semaphore decoders = new Semaphore(2, true);

    private final long maxPixels;

    ImageProcessor(NewsroomProperties properties) {
        this.maxPixels = properties.media().maxPixels();
        // Plugins on the application's class path (TwelveMonkeys, WebP), also inside the packaged jar; decoding in
        // memory rather than through temporary files.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    record Processed(ImageFormat format, int width, int height, List<Encoded> renditions) {}

    record Encoded(ImageFormat format, int width, int height, byte[] bytes) {}

    record Decoded(ImageFormat format, int width, int height, BufferedImage pixels) {}

    /** Checks the file and makes its renditions; throws {@link ImageRefusedException} with the reason to show. */
    Processed process(Path file) {
        acquire();
        try {
            Decoded decoded = decode(file);
            return new Processed(decoded.format(), decoded.width(), decoded.height(), Renditions.of(decoded.pixels()));
        } finally {
            decoders.release();
        }
    }

    Decoded decode(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new ImageRefusedException("The file could not be read.");
            }
            ImageReader reader = readerFor(in);
            if (reader == null) {
                throw new ImageRefusedException(whyNotAnImage(file));
            }
            try {
                return decode(reader, in);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageRefusedException("The file could not be read.", e);
        }
    }

    private Decoded decode(ImageReader reader, ImageInputStream in) throws IOException {
        String formatName = reader.getFormatName();
        ImageFormat format = ImageFormat.ofReaderName(formatName)
                .orElseThrow(() -> new ImageRefusedException("This is a " + formatName.toUpperCase(Locale.ROOT)
                        + " image. The library takes JPEG, PNG, WebP and GIF images."));
        // Metadata is read only for a JPEG's EXIF orientation; a PNG's or GIF's text chunks are never parsed.
        reader.setInput(in, false, format != ImageFormat.JPEG);
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw damaged(format, e);
        }
        if (width <= 0 || height <= 0) {
            throw damaged(format, null);
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw new ImageRefusedException(String.format(
                    Locale.ROOT,
                    "The image is %,d × %,d pixels (%s megapixels); the limit is %s megapixels. Make it smaller and"
                            + " upload it again.",
                    width,
                    height,
                    megapixels(pixels),
                    megapixels(maxPixels)));
        }
        Orientation orientation = format == ImageFormat.JPEG ? orientation(reader) : Orientation.TOP_LEFT;
        ImageReadParam param = reader.getDefaultReadParam();
        boolean turned =
                switch (orientation) {
                    case LEFT_TOP, RIGHT_TOP, RIGHT_BOTTOM, LEFT_BOTTOM -> true;
                    default -> false;
                };
        int uprightWidth = turned ? height : width;
        int step = Math.max(1, uprightWidth / (2 * Renditions.LARGEST));
        if (step > 1) {
            // Renditions are at most 1600 pixels wide: a large photo is read at half resolution or less, still at least
            // twice the largest rendition, which keeps decoding memory small.
            param.setSourceSubsampling(step, step, 0, 0);
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image;
        try {
            image = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw damaged(format, e);
        }
        for (String warning : warnings) {
            if (MISSING_DATA.matcher(warning.toLowerCase(Locale.ROOT)).find()) {
                throw new ImageRefusedException("The " + format.label() + " file is incomplete: its data stops short ("
                        + warning + "). Upload the whole file again.");
            }
        }
        BufferedImage upright = upright(plain(image), orientation);
        return new Decoded(format, turned ? height : width, turned ? width : height, upright);
    }

    /**
     * The decoder for the file's content. For WebP there are two: TwelveMonkeys' (pure Java) reads what people upload,
     * and the native libwebp one only writes renditions from our own pixels.
     */
    private static ImageReader readerFor(ImageInputStream in) {
        ImageReader chosen = null;
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            String name = reader.getClass().getName();
            if (name.startsWith("com.luciad.")) {
                reader.dispose();
                continue;
            }
            if (chosen == null || name.startsWith("com.twelvemonkeys.")) {
                if (chosen != null) {
                    chosen.dispose();
                }
                chosen = reader;
            } else {
                reader.dispose();
            }
        }
        return chosen;
    }

    /** The clearest reason for a file that no decoder recognised. */
    private static String whyNotAnImage(Path file) {
        String start;
        try (InputStream in = Files.newInputStream(file)) {
            start = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            start = "";
        }
        if (start.contains("<svg")) {
            return "SVG images are not accepted, because an SVG file can carry scripts. Export it as a PNG and upload"
                    + " that.";
        }
        if (start.startsWith("%pdf")) {
            return "This is a PDF document, not an image. The library takes JPEG, PNG, WebP and GIF images.";
        }
        return "This file is not a JPEG, PNG, WebP or GIF image, whatever its name says. The library takes only those.";
    }

    private static ImageRefusedException damaged(ImageFormat format, Exception cause) {
        return new ImageRefusedException(
                "This " + format.label() + " file is damaged or incomplete, so it cannot be read. Upload the whole"
                        + " file again, or export it afresh.",
                cause);
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            Orientation orientation = ExifUtils.getExifOrientation(reader, 0);
            return orientation == null ? Orientation.TOP_LEFT : orientation;
        } catch (IOException | RuntimeException e) {
            // A broken EXIF block is not a broken picture: show it as stored.
            return Orientation.TOP_LEFT;
        }
    }

    private static BufferedImage upright(BufferedImage image, Orientation orientation) {
        if (orientation == Orientation.TOP_LEFT) {
            return image;
        }
        return ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
    }

    /** RGB or ARGB in ints: what the resizer and both encoders handle best (GIF palettes, grey, CMYK-converted). */
    private static BufferedImage plain(BufferedImage image) {
        boolean alpha = image.getColorModel().getTransparency() != Transparency.OPAQUE;
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = plain.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return plain;
    }

    private void acquire() {
        try {
            if (!decoders.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new ImageRefusedException("The server is busy with other uploads. Try again in a minute.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageRefusedException("The upload was interrupted. Try again.");
        }
    }

    private static String megapixels(long pixels) {
        double value = pixels / 1_000_000.0;
        return value >= 10 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
