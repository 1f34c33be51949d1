package org.newsroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads on the real file system and PostgreSQL: what is taken and how it is served, and every kind of bad file,
 * refused with a clear message and leaving neither a row nor a file behind.
 */
@IntegrationTest
class ImageUploadTest {

    @Autowired
    ImageUploads uploads;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Staff staff;

    private Actor editor;

    @BeforeEach
    void signIn() {
        editor = staff.create(StaffRole.EDITOR).actor();
    }

    @Test
    void aJpegGetsRenditionsInWebpAndJpegAtEachWidthUpToItsOwn() throws IOException {
        UploadResult result = uploads.upload("harbour.jpg", in(TestImages.jpeg(1800, 1200)), null, editor);

        ImageDetails image = stored(result).image();
        assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(image.width()).isEqualTo(1800);
        assertThat(image.height()).isEqualTo(1200);
        assertThat(image.fileName()).isEqualTo("harbour.jpg");
        assertThat(image.picture().webp()).extracting(Rendition::width).containsExactly(320, 640, 1024, 1600);
        assertThat(image.picture().jpeg()).extracting(Rendition::width).containsExactly(320, 640, 1024, 1600);
        assertThat(image.picture().jpeg()).extracting(Rendition::height).containsExactly(213, 427, 683, 1067);
        for (Rendition rendition : image.picture().renditions()) {
            byte[] bytes = served(rendition);
            var decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(decoded.getWidth()).as(rendition.url()).isEqualTo(rendition.width());
            assertThat(decoded.getHeight()).as(rendition.url()).isEqualTo(rendition.height());
            if (rendition.format() == ImageFormat.WEBP) {
                assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
            } else {
                assertThat(bytes[0] & 0xff).isEqualTo(0xff);
                assertThat(bytes[1] & 0xff).isEqualTo(0xd8);
            }
        }
    }

    @Test
    void aSmallImageIsNeverEnlarged() {
        ImageDetails image = stored(uploads.upload("small.png", in(TestImages.png(500, 300)), null, editor))
                .image();

        assertThat(image.picture().webp()).extracting(Rendition::width).containsExactly(320, 500);
        assertThat(image.picture().jpeg()).extracting(Rendition::width).containsExactly(320, 500);
    }

    @Test
    void pngWebpAndGifAreTakenToo() {
        assertThat(stored(uploads.upload("a.png", in(TestImages.png(400, 300)), null, editor))
                        .image()
                        .format())
                .isEqualTo(ImageFormat.PNG);
        assertThat(stored(uploads.upload("a.webp", in(TestImages.webp(400, 300)), null, editor))
                        .image()
                        .format())
                .isEqualTo(ImageFormat.WEBP);
        assertThat(stored(uploads.upload("a.gif", in(TestImages.gif(400, 300)), null, editor))
                        .image()
                        .format())
                .isEqualTo(ImageFormat.GIF);
    }

    @Test
    void theContentDecidesNotTheName() {
        ImageDetails image = stored(uploads.upload("looks-like-a.gif", in(TestImages.png(400, 300)), null, editor))
                .image();

        assertThat(image.format()).isEqualTo(ImageFormat.PNG);
    }

    @Test
    void servedFilesCarryNoMetadataAndStandUpright() throws IOException {
        byte[] camera = TestImages.jpegWithMetadata(400, 200);
        assertThat(TestImages.contains(camera, TestImages.SECRET.getBytes(StandardCharsets.UTF_8)))
                .as("the upload has its metadata")
                .isTrue();

        ImageDetails image =
                stored(uploads.upload("camera.jpg", in(camera), null, editor)).image();

        assertThat(image.width()).as("turned by its EXIF orientation").isEqualTo(200);
        assertThat(image.height()).isEqualTo(400);
        for (Rendition rendition : image.picture().renditions()) {
            byte[] bytes = served(rendition);
            assertThat(TestImages.contains(bytes, TestImages.SECRET.getBytes(StandardCharsets.UTF_8)))
                    .as("%s holds the metadata text", rendition.url())
                    .isFalse();
            assertThat(TestImages.contains(bytes, "Exif\0\0".getBytes(StandardCharsets.US_ASCII)))
                    .as("%s has an EXIF block", rendition.url())
                    .isFalse();
            assertThat(TestImages.contains(bytes, "http://ns.adobe.com/xap".getBytes(StandardCharsets.US_ASCII)))
                    .as("%s has XMP", rendition.url())
                    .isFalse();
            assertThat(TestImages.contains(bytes, "EXIF".getBytes(StandardCharsets.US_ASCII)))
                    .as("%s has a WebP EXIF chunk", rendition.url())
                    .isFalse();
            // APP1 (FF E1) is a JPEG segment: in a WebP's compressed data those two bytes turn up by chance, and
            // WebP's own metadata chunks are checked above.
            if (!rendition.url().endsWith(".webp")) {
                assertThat(TestImages.contains(bytes, new byte[] {(byte) 0xff, (byte) 0xe1}))
                        .as("%s has an APP1 segment", rendition.url())
                        .isFalse();
            }
            var decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(decoded.getWidth()).isLessThan(decoded.getHeight());
        }
        assertThat(store.open(originalKey(image.id())).orElseThrow().getContentAsByteArray())
                .as("the original is kept as it was uploaded")
                .isEqualTo(camera);
    }

    @Test
    void theSameFileTwiceIsOneImage() {
        byte[] bytes = TestImages.jpeg(400, 300);
        ImageDetails first =
                stored(uploads.upload("one.jpg", in(bytes), null, editor)).image();

        UploadResult.Stored again = stored(uploads.upload("two.jpg", in(bytes), null, editor));

        assertThat(again.alreadyInLibrary()).isTrue();
        assertThat(again.image().id()).isEqualTo(first.id());
    }

    @Test
    void aCreditGivenAtUploadIsKept() {
        ImageDetails image = stored(uploads.upload(
                        "credited.jpg", in(TestImages.jpeg(400, 300)), "  Photo: Ana Reyes/Agence Example ", editor))
                .image();

        assertThat(image.credit()).isEqualTo("Photo: Ana Reyes/Agence Example");
    }

    @Test
    void aTextFileNamedJpgIsRefused() {
        assertRefusedLeavingNothing(
                "notes.jpg",
                "Meeting notes: bring the photos.\n".repeat(20).getBytes(StandardCharsets.UTF_8),
                "not a JPEG, PNG, WebP or GIF image");
    }

    @Test
    void aTruncatedJpegIsRefused() {
        assertRefusedLeavingNothing("cut.jpg", TestImages.truncated(TestImages.jpeg(800, 600)), "incomplete");
    }

    @Test
    void aTruncatedPngIsRefused() {
        assertRefusedLeavingNothing("cut.png", TestImages.truncated(TestImages.png(800, 600)), "damaged");
    }

    @Test
    void aPngClaimingThirtyThousandPixelsSquareIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.pngClaiming(30000, 30000);
        assertThat(bomb.length).isLessThan(1000);

        assertRefusedLeavingNothing("bomb.png", bomb, "30,000 × 30,000 pixels (900 megapixels); the limit is 50");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        InputStream huge = new InputStream() {
            long left = uploads.maxBytes() + 1;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                left -= n;
                return n;
            }
        };

        assertRefusedLeavingNothing("huge.jpg", huge, "larger than 20 MB");
    }

    @Test
    void aFileNameWithAPathIsRefused() {
        assertRefusedLeavingNothing("../../etc/cron.d/x.jpg", TestImages.jpeg(300, 200), "contains a path");
        assertRefusedLeavingNothing("..\\..\\windows\\x.jpg", TestImages.jpeg(300, 200), "contains a path");
    }

    @Test
    void aFileNameWithControlCharactersIsRefused() {
        assertRefusedLeavingNothing("photo\u0000.jpg", TestImages.jpeg(300, 200), "control characters");
        assertRefusedLeavingNothing("photo\r\nSet-Cookie: x.jpg", TestImages.jpeg(300, 200), "control characters");
        assertRefusedLeavingNothing("gpj\u202Eexe.jpg", TestImages.jpeg(300, 200), "control characters");
    }

    @Test
    void anSvgIsRefusedBecauseItCanCarryScript() {
        assertRefusedLeavingNothing("logo.svg", TestImages.svg(), "SVG images are not accepted");
        assertRefusedLeavingNothing("logo.png", TestImages.svg(), "SVG images are not accepted");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefusedLeavingNothing("empty.jpg", new byte[0], "empty");
    }

    @Test
    void aBmpIsRefusedByName() {
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(TestImages.picture(20, 20, 1), "bmp", bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertRefusedLeavingNothing("scan.bmp", bytes.toByteArray(), "This is a BMP image");
    }

    private void assertRefusedLeavingNothing(String name, byte[] bytes, String reason) {
        assertRefusedLeavingNothing(name, in(bytes), reason);
    }

    private void assertRefusedLeavingNothing(String name, InputStream content, String reason) {
        long rows =
                jdbc.sql("select count(*) from media_images").query(Long.class).single();
        List<Path> files = files();

        UploadResult result = uploads.upload(name, content, "Photo: Someone", editor);

        assertThat(result).isInstanceOf(UploadResult.Refused.class);
        assertThat(((UploadResult.Refused) result).reason()).contains(reason);
        assertThat(jdbc.sql("select count(*) from media_images")
                        .query(Long.class)
                        .single())
                .as("rows")
                .isEqualTo(rows);
        assertThat(files()).as("files in the media directory").containsExactlyInAnyOrderElementsOf(files);
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(((FileSystemMediaStore) store).root())) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String originalKey(long id) {
        return jdbc.sql("select original_key from media_images where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private byte[] served(Rendition rendition) {
        String file = rendition.url().substring("/media/".length());
        String key = file.substring(0, file.indexOf('.'));
        try {
            return library.rendition(key, rendition.format())
                    .orElseThrow()
                    .resource()
                    .getContentAsByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static UploadResult.Stored stored(UploadResult result) {
        assertThat(result).isInstanceOf(UploadResult.Stored.class);
        return (UploadResult.Stored) result;
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
