package org.newsroom.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The renditions of an image {@link ImageProcessor} has decoded and let in: each width, in WebP and in JPEG, encoded
 * afresh from the pixels alone, so that no rendition carries the original's metadata.
 */
final class Renditions {

    /** The widths of the renditions, never wider than the original. */
    static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);

    static final int LARGEST = WIDTHS.getLast();
    private static final float JPEG_QUALITY = 0.82f;
    private static final float WEBP_QUALITY = 0.80f;

    private Renditions() {}

    /** Renditions at each width up to the original's, in WebP and in JPEG. */
    static List<ImageProcessor.Encoded> of(BufferedImage image) {
        List<ImageProcessor.Encoded> renditions = new ArrayList<>();
        for (int width : widthsFor(image.getWidth())) {
            BufferedImage scaled = scaled(image, width);
            renditions.add(new ImageProcessor.Encoded(
                    ImageFormat.WEBP, scaled.getWidth(), scaled.getHeight(), encode(scaled, ImageFormat.WEBP)));
            renditions.add(new ImageProcessor.Encoded(
                    ImageFormat.JPEG, scaled.getWidth(), scaled.getHeight(), encode(scaled, ImageFormat.JPEG)));
        }
        return renditions;
    }

    /** 320, 640, 1024 and 1600, never wider than the original; an original narrower than 1600 is a width too. */
    static List<Integer> widthsFor(int originalWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < originalWidth) {
                widths.add(width);
            }
        }
        if (originalWidth <= LARGEST) {
            widths.add(originalWidth);
        } else if (!widths.contains(LARGEST)) {
            widths.add(LARGEST);
        }
        return widths;
    }

    private static BufferedImage scaled(BufferedImage image, int width) {
        if (image.getWidth() == width) {
            return image;
        }
        int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        try {
            return Thumbnails.of(image).forceSize(width, height).asBufferedImage();
        } catch (IOException e) {
            throw new IllegalStateException("Could not resize an image", e);
        }
    }

    static byte[] encode(BufferedImage image, ImageFormat format) {
        BufferedImage pixels = format == ImageFormat.JPEG ? onWhite(image) : image;
        ImageWriter writer = writerFor(format);
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            if (format == ImageFormat.WEBP) {
                param.setCompressionType("Lossy");
            }
            param.setCompressionQuality(format == ImageFormat.WEBP ? WEBP_QUALITY : JPEG_QUALITY);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                // No metadata is passed: the file holds pixels and nothing else.
                writer.write(null, new IIOImage(pixels, null, null), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a " + format + " rendition", e);
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter writerFor(ImageFormat format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(format.mediaType());
        if (!writers.hasNext()) {
            throw new IllegalStateException("No " + format + " encoder is installed");
        }
        return writers.next();
    }

    /** JPEG has no transparency: transparent pixels become white, as on the page. */
    private static BufferedImage onWhite(BufferedImage image) {
        if (image.getColorModel().getTransparency() == Transparency.OPAQUE) {
            return image;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return flat;
    }
}
