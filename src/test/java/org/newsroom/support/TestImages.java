package org.newsroom.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Image files for tests, made here: good ones, and the bad kinds an upload must refuse. */
public final class TestImages {

    /** Text in the metadata of {@link #jpegWithMetadata}: no served file may contain it. */
    public static final String SECRET = "Secret camera note 47.3769N";

    private TestImages() {}

    /** A picture: a gradient with a bar, so that resizing has something to do, and a nonce to make it unique. */
    public static BufferedImage picture(int width, int height, long nonce) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f4e79), width, height, new Color(0xf2a541)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color((int) (nonce & 0xffffff)));
        g.fillRect(width / 4, height / 3, width / 2, Math.max(1, height / 6));
        // The nonce in the first row's pixels: two calls with different nonces never make the same file.
        for (int i = 0; i < 8 && i < width; i++) {
            image.setRGB(i, 0, (int) ((nonce >>> (i * 8)) & 0xff) * 0x010101);
        }
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return write(picture(width, height, System.nanoTime()), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return write(picture(width, height, System.nanoTime()), "png");
    }

    public static byte[] gif(int width, int height) {
        return write(picture(width, height, System.nanoTime()), "gif");
    }

    public static byte[] webp(int width, int height) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Lossless");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(picture(width, height, System.nanoTime()), null, null), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * A JPEG from a camera: an EXIF block with GPS coordinates, the orientation "turn 90° clockwise" and a maker note,
     * an XMP packet and a comment, each holding {@link #SECRET}. It is stored {@code width × height}, shown turned.
     */
    public static byte[] jpegWithMetadata(int width, int height) {
        byte[] plain = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        writeSegment(out, 0xE1, exif());
        writeSegment(
                out,
                0xE1,
                ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:Description>" + SECRET
                                + "</rdf:Description></x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8));
        writeSegment(out, 0xFE, SECRET.getBytes(StandardCharsets.UTF_8));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** The EXIF APP1 payload: IFD0 with Orientation 6, an ImageDescription and a GPS IFD (latitude 47° N). */
    private static byte[] exif() {
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.BIG_ENDIAN);
        tiff.put(new byte[] {'M', 'M', 0, 42});
        tiff.putInt(8); // IFD0 at 8
        byte[] description = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0Entries = 3;
        int ifd0Size = 2 + ifd0Entries * 12 + 4;
        int descriptionOffset = 8 + ifd0Size;
        int gpsOffset = descriptionOffset + description.length;
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x010E, 2, description.length, descriptionOffset); // ImageDescription
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 6)
                .putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsOffset); // GPS IFD pointer
        tiff.putInt(0);
        tiff.put(description);
        int gpsEntries = 2;
        int latitudeOffset = gpsOffset + 2 + gpsEntries * 12 + 4;
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        entry(tiff, 0x0002, 5, 3, latitudeOffset); // GPSLatitude
        tiff.putInt(0);
        tiff.putInt(47).putInt(1).putInt(22).putInt(1).putInt(3684).putInt(100);
        byte[] body = Arrays.copyOf(tiff.array(), tiff.position());
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.writeBytes(body);
        return exif.toByteArray();
    }

    private static void entry(ByteBuffer buffer, int tag, int type, int count, int value) {
        buffer.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void writeSegment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    /** A valid PNG whose header claims {@code width × height} pixels, in a few hundred bytes: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(out);
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[] {8, 2, 0, 0, 0});
            chunk(data, "IHDR", ihdr.toByteArray());
            Deflater deflater = new Deflater(9);
            deflater.setInput(new byte[64 * 1024]);
            deflater.finish();
            byte[] compressed = new byte[1024];
            int length = deflater.deflate(compressed);
            chunk(data, "IDAT", Arrays.copyOf(compressed, length));
            chunk(data, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    public static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    public static byte[] svg() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <script>alert(document.cookie)</script>
                  <circle cx="50" cy="50" r="40" fill="red"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Does {@code haystack} contain these bytes anywhere? */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
