package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.BodyField;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.TestImages;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor in real Chromium drops a photo into the library, describes it, makes it a story's lead image, puts it in
 * the body too, and publishes; a reader gets the picture with its renditions and caption, and nothing an accessibility
 * check complains of.
 */
@BrowserTest
class MediaBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    private Browser editor;
    private Browser reader;
    private Path photo;
    private Path notAPhoto;

    @BeforeEach
    void start() throws IOException {
        editor = Chromium.open(port);
        reader = Chromium.open(port);
        photo = Files.createTempFile("harbour-", ".jpg");
        Files.write(photo, TestImages.jpegWithMetadata(1800, 1200));
        notAPhoto = Files.createTempFile("notes-", ".jpg");
        Files.writeString(notAPhoto, "These are meeting notes, not a photograph.", StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws IOException {
        if (editor != null) {
            editor.quit();
        }
        if (reader != null) {
            reader.quit();
        }
        Files.deleteIfExists(photo);
        Files.deleteIfExists(notAPhoto);
    }

    @Test
    void anEditorUploadsDescribesAndLeadsAStoryWithAPictureThatReadersSee() {
        sections.ensureSection("test-desk", "Test desk", null, 99);
        StaffPrincipal me = staff.create(StaffRole.EDITOR, "Pia Picture");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        editor.signIn(me);

        // 1. Upload two files through the library's script: each gets its answer next to its name.
        editor.open("/admin/media");
        WebElement input = editor.findElement(By.id("files"));
        input.sendKeys(notAPhoto.toString() + "\n" + photo.toString());
        WebDriverWait wait = Chromium.patiently(editor);
        wait.until(d -> d.findElements(By.cssSelector(".upload-item--stored, .upload-item--refused"))
                        .size()
                == 2);
        WebElement refused = editor.findElement(By.cssSelector(".upload-item--refused"));
        assertThat(refused.findElement(By.cssSelector(".upload-item__name")).getText())
                .isEqualTo(notAPhoto.getFileName().toString());
        assertThat(refused.findElement(By.cssSelector(".field__error")).getText())
                .contains("not a JPEG, PNG, WebP or GIF image");
        WebElement stored = editor.findElement(By.cssSelector(".upload-item--stored"));
        assertThat(stored.getText()).contains("Uploaded");
        assertThat(Chromium.axeViolations(editor)).as("the library page").isEmpty();

        // 2. Describe it: alt text, caption, credit.
        submit(editor, stored.findElement(By.linkText("Describe it")));
        assertThat(editor.heading()).isEqualTo(photo.getFileName().toString());
        editor.findElement(By.id("alt")).sendKeys("Fishing boats moored in a harbour at dawn");
        editor.findElement(By.id("caption")).sendKeys("Boats in the harbour " + unique + ".");
        editor.findElement(By.id("credit")).sendKeys("Photo: Ana Reyes/Agence Example");
        editor.submit(By.cssSelector(".admin-form button[type=submit]"));
        assertThat(editor.notice()).isEqualTo("Saved.");

        // 3. A new story: the lead image from the picker, the same image in the body, then publish.
        editor.open("/admin/articles/new");
        String headline = "Harbour story " + unique;
        editor.findElement(By.id("headline")).sendKeys(headline);
        BodyField.markdown(editor).sendKeys("The boats came in early.\n\n");
        new Select(editor.findElement(By.id("sectionId"))).selectByVisibleText("Test desk");
        editor.findElement(By.id("byline")).sendKeys("Pia Picture");
        choose("lead", unique);
        wait.until(
                d -> !d.findElement(By.id("leadImageId")).getAttribute("value").isEmpty());
        assertThat(editor.findElement(By.id("lead-image-name")).getText())
                .isEqualTo(photo.getFileName().toString());
        assertThat(editor.findElement(By.id("lead-image-credit")).getText())
                .isEqualTo("Photo: Ana Reyes/Agence Example");
        choose("body", unique);
        String id = editor.findElement(By.id("leadImageId")).getAttribute("value");
        assertThat(editor.findElement(By.id("body")).getAttribute("value")).contains("![](media:" + id + ")");
        editor.press("save");
        assertThat(editor.notice()).isEqualTo("Draft saved.");
        editor.press("publish");
        assertThat(editor.notice()).isEqualTo("Published.");
        String live = editor.findElement(By.linkText("View live")).getAttribute("href");

        // 4. The reader: the picture at the top with its renditions, caption and credit, loaded as WebP.
        reader.get(live);
        WebElement figure = reader.findElement(By.cssSelector("figure.article__lead"));
        WebElement img = figure.findElement(By.cssSelector("picture img"));
        // The camera stored it 1800 × 1200 and said "turn it": it stands 1200 × 1800.
        assertThat(img.getAttribute("srcset"))
                .contains("320w")
                .contains("1200w")
                .doesNotContain("1600w");
        assertThat(img.getAttribute("sizes")).isNotBlank();
        assertThat(img.getDomAttribute("width")).isEqualTo("1024");
        assertThat(img.getDomAttribute("height")).isEqualTo("1536");
        assertThat(img.getAttribute("alt")).isEqualTo("Fishing boats moored in a harbour at dawn");
        assertThat(figure.findElement(By.cssSelector("source")).getAttribute("srcset"))
                .contains(".webp");
        assertThat(figure.findElement(By.tagName("figcaption")).getText())
                .isEqualTo("Boats in the harbour " + unique + ". Photo: Ana Reyes/Agence Example");
        JavascriptExecutor js = (JavascriptExecutor) reader;
        Chromium.patiently(reader).until(d ->
                (Boolean) js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
        assertThat((String) js.executeScript("return arguments[0].currentSrc", img))
                .endsWith(".webp");
        WebElement inBody = reader.findElement(By.cssSelector(".article__body figure picture img"));
        assertThat(inBody.getAttribute("loading")).isEqualTo("lazy");
        assertThat(reader.findElement(By.cssSelector(".article__body figure figcaption"))
                        .getText())
                .contains("Photo: Ana Reyes/Agence Example");
        assertThat(Chromium.axeViolations(reader)).isEmpty();

        // 5. The library knows the story uses the image, and will not delete it.
        editor.open("/admin/media/" + id);
        assertThat(editor.findElements(By.cssSelector(".used-by a")).stream().map(WebElement::getText))
                .containsExactly(headline);
        editor.submit(By.cssSelector("#delete-title ~ form button"));
        assertThat(editor.findElement(By.cssSelector("#delete-title + .field__error"))
                        .getText())
                .contains("still used by a story");
    }

    /** Opens the picker for the lead image or the body, searches, and picks the only image found. */
    private void choose(String mode, String search) {
        editor.findElement(By.cssSelector("button[data-pick=" + mode + "]")).click();
        WebElement dialog = editor.findElement(By.id("image-picker"));
        WebElement q = dialog.findElement(By.id("picker-q"));
        q.clear();
        q.sendKeys(search);
        dialog.findElement(By.cssSelector(".picker__search button")).click();
        // The picker's own signal: the grid shows the answer to this very search and is no longer busy.
        WebDriverWait wait = Chromium.patiently(editor);
        wait.until(d -> {
            WebElement grid = d.findElement(By.id("picker-grid"));
            return "false".equals(grid.getDomAttribute("aria-busy"))
                    && search.equals(grid.getDomAttribute("data-query"));
        });
        assertThat(editor.findElements(By.cssSelector("#picker-grid .picker__choice")))
                .hasSize(1);
        dialog.findElement(By.cssSelector("#picker-grid .picker__choice")).click();
        wait.until(d -> !d.findElement(By.id("image-picker")).isDisplayed());
    }

    private static void submit(WebDriver driver, WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        Chromium.waitForNextPage(driver, page);
    }
}
