package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.TestImages;
import org.newsroom.support.TestStories;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * What journalists paste into the body, in real Chromium: the clipboard HTML of Google Docs, Word and a news page
 * (fixtures under {@code src/test/resources/paste/}, see the README there) goes into the editor through a paste event
 * carrying it, the story is saved, and the Markdown the form saved is exactly the expected one: the structure kept,
 * the clutter gone. Pasted images are offered to the library, and plain-text paste is there on Ctrl+Shift+V.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasteBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    TestStories stories;

    private Browser browser;

    @BeforeAll
    void signIn() {
        browser = Chromium.open(port);
        browser.signIn(staff.create(StaffRole.EDITOR, "Paula Paste"));
    }

    @BeforeEach
    void startOver() {
        browser.startOver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Each source's clipboard pasted over the whole body and saved, one after the other in one editor: the page that
     * the save reloads is the next paste's.
     */
    @Test
    void pastedHtmlIsSavedAsCleanMarkdown() {
        openNewStory();
        for (String fixture : List.of("google-docs", "word", "news-page")) {
            waitForTheEditor();
            selectAllOfTheBody();
            paste(Map.of("text/html", resource(fixture + ".html"), "text/plain", "(the plain text is not used)"));

            String saved = saveAndReadBody();

            assertThat(saved).as(fixture).isEqualTo(resource(fixture + ".md").strip());
            // Nothing of the source's machinery: not its styles, classes, comments, markers, or any HTML at all.
            assertThat(saved)
                    .as(fixture)
                    .doesNotContain("<", "mso", "style", "class", "[AR1]", "[1]", "·", "&nbsp;", "docs-internal")
                    .doesNotContainPattern("\\n{3,}");
        }
    }

    @Test
    void wordsTrackedChangesCommentsAndFootnoteMarksAreNotPasted() {
        openNewStory();
        selectAllOfTheBody();
        paste(Map.of("text/html", resource("word.html"), "text/plain", ""));

        String saved = saveAndReadBody();

        assertThat(saved)
                .as("the text as it reads with the changes accepted")
                .contains("after three years of trials.")
                .doesNotContain("two years", "Check the date", "Ana Reyes", "Comic Sans", "yellow");
        assertThat(saved)
                .as("the footnote's text stays, at the end")
                .endsWith("1. Trials ran at four schools from 2023.");
    }

    @Test
    void anImageFileOnTheClipboardIsOfferedToTheLibraryWithAltTextAndNeverStoredAsData() {
        openNewStory();
        selectAllOfTheBody();
        String png = Base64.getEncoder().encodeToString(TestImages.png(640, 400));
        browser.executeScript("""
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
                const editor = document.querySelector('#body-editor');
                editor.focus();
                editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                """, png);

        WebElement dialog = waitForImageOffer();
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo("Put the pasted image in the library?");
        // Without alt text it is not uploaded: the dialog says why and stays.
        dialog.findElement(By.cssSelector("button[value=upload]")).click();
        assertThat(dialog.findElement(By.cssSelector(".field__error")).getText())
                .startsWith("Describe the image first");
        dialog.findElement(By.cssSelector("input[id$=-alt]")).sendKeys("A chart of the harbour budget [2026]");
        dialog.findElement(By.cssSelector("input[id$=-credit]")).sendKeys("Graphic: Paula Paste");
        dialog.findElement(By.cssSelector("button[value=upload]")).click();
        Chromium.patiently(browser)
                .until(d -> d.findElements(By.cssSelector("dialog.paste-image")).isEmpty());
        Chromium.patiently(browser).until(d -> bodyMarkdown().contains("media:"));

        String saved = saveAndReadBody();

        assertThat(saved).matches("!\\[A chart of the harbour budget \\\\\\[2026\\\\]]\\(media:\\d+\\)");
        assertThat(saved).doesNotContain("data:");
    }

    @Test
    void anImageInPastedHtmlAsADataUrlIsOfferedAndTheTextPastedWithoutIt() {
        openNewStory();
        selectAllOfTheBody();
        String png = Base64.getEncoder().encodeToString(TestImages.png(320, 200));
        paste(Map.of(
                "text/html",
                "<meta charset=\"utf-8\"><p>The new quay, as drawn:</p><p><img src=\"data:image/png;base64," + png
                        + "\" alt=\"The quay drawn from above\"></p><p>Work starts in June.</p>",
                "text/plain",
                "The new quay, as drawn:\n\nWork starts in June."));

        WebElement dialog = waitForImageOffer();
        // The image's own alt text is offered as the start of the description.
        assertThat(dialog.findElement(By.cssSelector("input[id$=-alt]")).getDomProperty("value"))
                .isEqualTo("The quay drawn from above");
        assertThat(bodyMarkdown()).isEqualTo("The new quay, as drawn:\n\nWork starts in June.");
        dialog.findElement(By.cssSelector("button[value=skip]")).click();
        Chromium.patiently(browser)
                .until(d -> d.findElements(By.cssSelector("dialog.paste-image")).isEmpty());

        String saved = saveAndReadBody();

        assertThat(saved).isEqualTo("The new quay, as drawn:\n\nWork starts in June.");
    }

    /** HTML that says it comes from a ProseMirror editor keeps its structure, but not an image that is not the library's. */
    @Test
    void editorHtmlKeepsItsStructureButNoDataImage() {
        openNewStory();
        selectAllOfTheBody();
        String png = Base64.getEncoder().encodeToString(TestImages.png(32, 32));
        paste(Map.of(
                "text/html",
                "<h2 data-pm-slice=\"0 0 []\">Kept</h2><p>As <strong>it was</strong><img src=\"data:image/png;base64,"
                        + png + "\" alt=\"\"></p>",
                "text/plain",
                "Kept\n\nAs it was"));
        waitForImageOffer().findElement(By.cssSelector("button[value=skip]")).click();
        Chromium.patiently(browser)
                .until(d -> d.findElements(By.cssSelector("dialog.paste-image")).isEmpty());

        assertThat(saveAndReadBody()).isEqualTo("## Kept\n\nAs **it was**");
    }

    /**
     * Ctrl+Shift+V, on the browser's real clipboard holding rich HTML: the text comes in as plain paragraphs, without
     * its bold, links or heading; Ctrl+V of the same clipboard keeps them, which shows the clipboard held them.
     */
    @Test
    void ctrlShiftVPastesPlainText() {
        openNewStory();
        browser.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        browser.url(""),
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        Object written = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.querySelector('#body-editor').focus();
                navigator.clipboard.write([new ClipboardItem({
                  'text/html': new Blob(['<h2>Quay</h2><p>It is <b>finished</b>, <a href="https://example.org/">see</a>.</p>'],
                    { type: 'text/html' }),
                  'text/plain': new Blob(['Quay\\n\\nIt is finished, see.'], { type: 'text/plain' })
                })]).then(() => done('ok'), e => done(String(e)));
                """);
        assertThat(written).isEqualTo("ok");

        selectAllOfTheBody();
        press("V", CONTROL | SHIFT);
        Chromium.patiently(browser).until(d -> bodyMarkdown().contains("finished"));
        assertThat(bodyMarkdown()).isEqualTo("Quay\n\nIt is finished, see.");

        selectAllOfTheBody();
        press("V", CONTROL);
        Chromium.patiently(browser).until(d -> bodyMarkdown().startsWith("## "));
        assertThat(saveAndReadBody()).isEqualTo("## Quay\n\nIt is **finished**, [see](https://example.org/).");
    }

    private static final int CONTROL = 2;
    private static final int SHIFT = 8;

    /**
     * A key press with modifiers as the platform gives it to the page. Not through Selenium's actions: ChromeDriver
     * sends a character event after the key, which Chromium also reads as the shortcut, so Ctrl+Shift+V would paste
     * twice.
     */
    private void press(String key, int modifiers) {
        for (String type : List.of("rawKeyDown", "keyUp")) {
            browser.executeCdpCommand(
                    "Input.dispatchKeyEvent",
                    Map.of(
                            "type",
                            type,
                            "modifiers",
                            modifiers,
                            "key",
                            key,
                            "code",
                            "Key" + key,
                            "windowsVirtualKeyCode",
                            (int) key.charAt(0)));
        }
    }

    private WebElement waitForImageOffer() {
        return Chromium.patiently(browser)
                .until(d -> d.findElements(By.cssSelector("dialog.paste-image[open]")).stream()
                        .findFirst()
                        .orElse(null));
    }

    private void openNewStory() {
        browser.openEditor(stories.story("Paste " + UUID.randomUUID().toString().substring(0, 8))
                .body("Replace me.")
                .draft());
        waitForTheEditor();
    }

    private void waitForTheEditor() {
        Chromium.patiently(browser).until(d -> "ready"
                .equals(d.findElement(By.cssSelector("form.story-form")).getDomAttribute("data-editor")));
    }

    private void selectAllOfTheBody() {
        WebElement editor = browser.findElement(By.id("body-editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    }

    /** A paste event carrying {@code data} (type to text), as the browser dispatches one for Ctrl+V. */
    private void paste(Map<String, String> data) {
        browser.executeScript("""
                const data = new DataTransfer();
                Object.entries(arguments[0]).forEach(([type, text]) => data.setData(type, text));
                const editor = document.querySelector('#body-editor');
                editor.focus();
                editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                """, data);
    }

    /** The Markdown in the form's body field, which the editor keeps up to date. */
    private String bodyMarkdown() {
        return browser.value("body");
    }

    /** Saves the draft and answers the body the server stored, as the reloaded editor's form holds it. */
    private String saveAndReadBody() {
        browser.press("save");
        assertThat(browser.notice()).isEqualTo("Saved.");
        return bodyMarkdown().replace("\r\n", "\n");
    }

    private static String resource(String name) {
        try {
            return new ClassPathResource("paste/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
