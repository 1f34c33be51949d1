package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.article.DraftingService;
import org.newsroom.media.ImageDetails;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.BodyField;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.StaffBrowser;
import org.newsroom.support.StoryInputs;
import org.newsroom.support.TestMedia;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The story body's rich-text editor in real Chromium: what is typed with the toolbar, the keyboard and Markdown's own
 * habits is saved as Markdown and reaches readers as exactly that; stories it did not touch keep their Markdown byte
 * for byte; it follows the text's direction and the story's language; links are checked; the toolbar works from the
 * keyboard; axe finds nothing; and the Content-Security-Policy stays strict. Screenshots go to
 * {@code target/screenshots/}, to be looked at.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RichTextEditorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    @Autowired
    DraftingService drafting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMedia media;

    private Browser browser;
    private StaffPrincipal editor;

    @BeforeAll
    void start() throws IOException {
        sections.ensureSection("test-desk", "Test desk", null, 99);
        browser = Chromium.open(port);
        editor = staff.create(StaffRole.EDITOR, "Rita Rich");
        browser.signIn(editor);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aStoryTypedWithTheToolbarAndTheKeyboardReachesReadersAsExactlyThat() {
        String headline = "Council story " + AdminRequests.unique();
        newStory(headline);
        BodyField.richText(browser).click();

        type("The council met on Monday. ");
        withControl("b");
        type("Nothing was decided.");
        withControl("b");
        type(Keys.ENTER + "## What comes next" + Keys.ENTER + "The report is ");
        withControl("k");
        WebElement dialog = openDialog();
        dialog.findElement(By.cssSelector("input[name=text]")).sendKeys("online");
        dialog.findElement(By.cssSelector("input[name=url]")).sendKeys("https://example.org/report" + Keys.ENTER);
        dialogClosed();
        type("." + Keys.ENTER + "- Roads" + Keys.ENTER + "Schools" + Keys.ENTER + Keys.ENTER);
        toolbar("quote").click();
        type("We will decide in March.");
        // The counts: the body's words and reading time, the headline's characters against its limit.
        Chromium.patiently(browser)
                .until(d -> d.findElement(By.id("body-counts")).getText().equals("22 words · 1 min read"));
        assertThat(browser.findElement(By.id("headline-count")).getText())
                .isEqualTo(headline.length() + " / 200 characters");

        String markdown = """
                The council met on Monday. **Nothing was decided.**

                ## What comes next

                The report is [online](https://example.org/report).

                - Roads
                - Schools

                > We will decide in March.""";
        assertThat(BodyField.value(browser)).isEqualTo(markdown);

        // Ctrl+S saves through the form's Save button.
        WebElement page = browser.findElement(By.tagName("html"));
        withControl("s");
        Chromium.waitForNextPage(browser, page);
        assertThat(browser.notice()).isEqualTo("Draft saved.");
        assertThat(BodyField.value(browser)).isEqualTo(markdown);
        browser.press("publish");
        assertThat(browser.notice()).isEqualTo("Published.");
        assertThat(storedBody(headline)).isEqualTo(markdown);

        browser.get(browser.findElement(By.linkText("View live")).getAttribute("href"));
        WebElement body = browser.findElement(By.cssSelector(".article__body"));
        @SuppressWarnings("unchecked")
        List<String> elements = (List<String>) browser.executeScript(
                "return [...arguments[0].querySelectorAll('*')].map(e => e.tagName.toLowerCase())", body);
        assertThat(elements).containsExactly("p", "strong", "h2", "p", "a", "ul", "li", "li", "blockquote", "p");
        assertThat(body.findElement(By.cssSelector("p strong")).getText()).isEqualTo("Nothing was decided.");
        assertThat(body.findElement(By.cssSelector("h2")).getText()).isEqualTo("What comes next");
        assertThat(body.findElement(By.cssSelector("p a")).getAttribute("href"))
                .isEqualTo("https://example.org/report");
        assertThat(body.findElement(By.cssSelector("p a")).getText()).isEqualTo("online");
        assertThat(body.findElements(By.cssSelector("ul li")).stream().map(WebElement::getText))
                .containsExactly("Roads", "Schools");
        assertThat(body.findElement(By.cssSelector("blockquote")).getText()).isEqualTo("We will decide in March.");
    }

    @Test
    void anArabicStoryWithAnEnglishQuoteIsSavedAsTyped() {
        String headline = "قصة عربية " + AdminRequests.unique();
        newStory(headline);
        new Select(browser.findElement(By.id("language"))).selectByValue("ar");
        BodyField.richText(browser).click();

        type("قال المتحدث إن المحادثات ستستمر." + Keys.ENTER + "> “We are not leaving,” she said." + Keys.ENTER
                + Keys.ENTER + "وأضافت أن الوفد سيعود غدا.");
        String markdown = """
                قال المتحدث إن المحادثات ستستمر.

                > “We are not leaving,” she said.

                وأضافت أن الوفد سيعود غدا.""";
        assertThat(BodyField.value(browser)).isEqualTo(markdown);
        browser.press("save");

        assertThat(browser.notice()).isEqualTo("Draft saved.");
        assertThat(storedBody(headline)).isEqualTo(markdown);
        WebElement editorBody = BodyField.richText(browser);
        assertThat(editorBody.getAttribute("lang")).isEqualTo("ar");
        assertThat(editorBody.getAttribute("dir")).isEqualTo("auto");
        assertThat(browser.findElement(By.id("headline")).getAttribute("lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.id("headline")).getAttribute("dir")).isEqualTo("auto");
        // Each block takes the direction of its own text.
        assertThat(direction("#body-editor > p:first-child")).isEqualTo("rtl");
        assertThat(direction("#body-editor > blockquote > p")).isEqualTo("ltr");
        assertThat(direction("#body-editor > p:last-child")).isEqualTo("rtl");
        assertThat(editorBody.getText()).contains("“We are not leaving,” she said.");
    }

    @Test
    void storiesTheEditorOpensAndNobodyTouchesKeepTheirMarkdownByteForByte() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Resource demo : new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md")) {
            String slug = demo.getFilename().replaceFirst("^\\d+-", "").replaceFirst("\\.md$", "");
            List<Map<String, Object>> rows = jdbc.sql("select id, body_markdown from articles where slug = :slug")
                    .param("slug", slug)
                    .query()
                    .listOfRows();
            if (rows.isEmpty()) {
                continue;
            }
            browser.open("/admin/articles/" + rows.getFirst().get("id") + "/edit");
            BodyField.richText(browser);
            // Through the editor and back: what the editor would write for what it shows.
            Object written = browser.executeScript("return window.Newsroom.body.markdown()");
            assertThat(written).as(slug).isEqualTo(rows.getFirst().get("body_markdown"));
            assertThat(BodyField.value(browser))
                    .as(slug)
                    .isEqualTo(rows.getFirst().get("body_markdown"));
            checked.add(slug);
        }
        assertThat(checked)
                .contains("syrian-rivals-resume-peace-talks-in-geneva")
                .hasSizeGreaterThan(5);
    }

    @Test
    void anEditChangesOnlyTheParagraphEditedAndUndoGivesBackTheSameBytes() throws IOException {
        String original = jdbc.sql("select body_markdown from articles where slug = :slug")
                .param("slug", "commission-calls-for-voting-age-to-be-lowered-to-16")
                .query(String.class)
                .single();
        String headline = "Copy of the commission story " + AdminRequests.unique();
        long id = drafting.create(
                StoryInputs.story(headline)
                        .body(original)
                        .sectionId(sections.ensureSection("test-desk", "Test desk", null, 99)
                                .id())
                        .build(),
                editor.actor());
        browser.openEditor(id);
        WebElement body = BodyField.richText(browser);
        body.click();
        // The caret at the end of the third paragraph.
        browser.executeScript("""
                const p = document.querySelectorAll('#body-editor > p')[2];
                const range = document.createRange();
                range.selectNodeContents(p);
                range.collapse(false);
                getSelection().removeAllRanges();
                getSelection().addRange(range);
                """);
        String third =
                (String) browser.executeScript("return document.querySelectorAll('#body-editor > p')[2].textContent");
        type(" Added here.");

        String expected = original.replace(third, third + " Added here.");
        assertThat(expected).isNotEqualTo(original);
        assertThat(BodyField.value(browser)).isEqualTo(expected);

        toolbar("undo").click();
        Chromium.patiently(browser).until(d -> original.equals(BodyField.value(browser)));

        // Saved untouched, with Ctrl+S from the headline: the stored Markdown is what it was.
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("headline")).sendKeys(Keys.chord(Keys.CONTROL, "s"));
        Chromium.waitForNextPage(browser, page);
        assertThat(browser.notice()).isEqualTo("Saved.");
        assertThat(storedBody(headline)).isEqualTo(original);
    }

    @Test
    void anImageFromTheLibraryIsShownWithItsPictureAndItsAltTextAndCaptionAreEditedInPlace() {
        String unique = AdminRequests.unique();
        ImageDetails image = media.image(editor.actor(), "Boats at dawn " + unique, "Harbour " + unique, "Photo: Test");
        String headline = "Picture " + unique;
        newStory(headline);
        BodyField.richText(browser).click();
        type("Before the picture.");

        toolbar("image").click();
        WebElement picker = browser.findElement(By.id("image-picker"));
        WebElement q = picker.findElement(By.id("picker-q"));
        q.clear();
        q.sendKeys(unique);
        picker.findElement(By.cssSelector(".picker__search button")).click();
        Chromium.patiently(browser).until(d -> {
            WebElement grid = d.findElement(By.id("picker-grid"));
            return "false".equals(grid.getDomAttribute("aria-busy"))
                    && unique.equals(grid.getDomAttribute("data-query"));
        });
        picker.findElement(By.cssSelector("#picker-grid .picker__choice")).click();
        Chromium.patiently(browser)
                .until(d -> !d.findElement(By.id("image-picker")).isDisplayed());

        assertThat(BodyField.value(browser)).isEqualTo("Before the picture.\n\n" + image.markdown());
        WebElement figure = browser.findElement(By.cssSelector("#body-editor .editor-image"));
        assertThat(figure.findElement(By.tagName("img")).getAttribute("src")).contains("/media/");
        assertThat(figure.getText()).contains("Caption: the library’s").contains("Alt text: the library’s");

        figure.findElement(By.cssSelector("button.editor-image__edit")).click();
        WebElement dialog = openDialog();
        dialog.findElement(By.cssSelector("input[name=alt]")).sendKeys("Two boats in the harbour");
        dialog.findElement(By.cssSelector("input[name=caption]")).sendKeys("At dawn, before the market." + Keys.ENTER);
        dialogClosed();
        String markdown = "Before the picture.\n\n![Two boats in the harbour](media:" + image.id()
                + " \"At dawn, before the market.\")";
        assertThat(BodyField.value(browser)).isEqualTo(markdown);

        // Saved and opened again: the picture comes back, found by the server as it renders the body for readers.
        browser.press("save");
        assertThat(storedBody(headline)).isEqualTo(markdown);
        WebElement again = BodyField.richText(browser).findElement(By.cssSelector(".editor-image"));
        Chromium.patiently(browser)
                .until(d -> !again.findElements(By.tagName("img")).isEmpty());
        assertThat(again.getText())
                .contains("At dawn, before the market.")
                .contains("Alt text: Two boats in the harbour");
    }

    @Test
    void aLinkToAScriptOrDataAddressIsRefusedWithAReason() {
        newStory("Links " + AdminRequests.unique());
        BodyField.richText(browser).click();
        type("Read ");
        withControl("k");
        WebElement dialog = openDialog();
        dialog.findElement(By.cssSelector("input[name=text]")).sendKeys("this");
        WebElement address = dialog.findElement(By.cssSelector("input[name=url]"));
        for (String refused :
                List.of("javascript:alert(document.cookie)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>")) {
            address.clear();
            address.sendKeys(refused + Keys.ENTER);
            WebElement error = dialog.findElement(By.cssSelector("[role=alert]"));
            Chromium.patiently(browser).until(d -> !error.getText().isEmpty());
            assertThat(error.getText()).as(refused).contains("refused");
            assertThat(address.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(dialog.getAttribute("open")).as("the dialog stays open").isNotNull();
        }
        address.clear();
        address.sendKeys("example.org/page" + Keys.ENTER);
        dialogClosed();

        assertThat(BodyField.value(browser)).isEqualTo("Read [this](https://example.org/page)");
    }

    @Test
    void theToolbarWorksFromTheKeyboardAndAxeFindsNothingOnTheEditorPage() {
        newStory("Toolbar " + AdminRequests.unique());
        WebElement toolbar = browser.findElement(By.cssSelector("[role=toolbar]"));
        assertThat(toolbar.getAttribute("aria-label")).isNotBlank();
        List<WebElement> buttons = toolbar.findElements(By.tagName("button"));
        assertThat(buttons)
                .allSatisfy(button -> assertThat(button.getAttribute("type")).isEqualTo("button"));
        assertThat(buttons.stream().map(this::accessibleName))
                .contains(
                        "Bold",
                        "Italic",
                        "Link",
                        "H2 subheading",
                        "H3 subheading",
                        "Bullets (bulleted list)",
                        "Numbers (numbered list)",
                        "Quote (block quote)",
                        "Rule (horizontal line)",
                        "Table",
                        "Image from the library",
                        "Undo",
                        "Redo",
                        "Markdown")
                .doesNotContain("");
        assertThat(buttons.stream().filter(b -> "0".equals(b.getAttribute("tabindex"))))
                .as("one tab stop")
                .hasSize(1);

        // Tab from the deck reaches the toolbar; the arrow keys move along it; Escape goes back to the text.
        browser.findElement(By.id("deck")).sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getAttribute("data-command")).isEqualTo("paragraph");
        type(Keys.ARROW_RIGHT.toString());
        assertThat(browser.switchTo().activeElement().getAttribute("data-command"))
                .isEqualTo("h2");
        type(Keys.ENTER.toString());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("body-editor");
        type("A subheading" + Keys.ENTER);
        assertThat(BodyField.value(browser)).isEqualTo("## A subheading");
        withControl("b");
        assertThat(toolbar("bold").getAttribute("aria-pressed")).isEqualTo("true");
        type("Bold");
        assertThat(toolbar("italic").getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(BodyField.value(browser)).isEqualTo("## A subheading\n\n**Bold**");
        new Actions(browser)
                .keyDown(Keys.ALT)
                .sendKeys(Keys.F10)
                .keyUp(Keys.ALT)
                .perform();
        assertThat(browser.switchTo().activeElement().getAttribute("data-command"))
                .isEqualTo("h2");
        type(Keys.ESCAPE.toString());
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("body-editor");

        assertThat(Chromium.axeViolations(browser)).as("rich text").isEmpty();
        WebElement markdown = BodyField.markdown(browser);
        assertThat(browser.findElement(By.cssSelector("button[data-editor-view=markdown]"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(markdown.getAttribute("value")).isEqualTo("## A subheading\n\n**Bold**");
        assertThat(Chromium.axeViolations(browser)).as("Markdown view").isEmpty();
        markdown.sendKeys("\n\n> Typed as Markdown");
        BodyField.richText(browser);
        assertThat(browser.findElement(By.cssSelector("#body-editor blockquote"))
                        .getText())
                .isEqualTo("Typed as Markdown");
        assertThat(toolbar("bold").isDisplayed()).as("the toolbar is back").isTrue();
    }

    @Test
    void theContentSecurityPolicyStaysStrictAndTheEditorBreaksNoneOfIt() throws Exception {
        StaffBrowser http = new StaffBrowser(port);
        http.signIn(editor.email(), Staff.PASSWORD);
        String policy = http.get("/admin/articles/new")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(policy)
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");

        browser.manage().logs().get(LogType.BROWSER);
        newStory("Policy " + AdminRequests.unique());
        BodyField.richText(browser).click();
        type("## Heading" + Keys.ENTER + "Text with ");
        withControl("b");
        type("bold" + Keys.ENTER + "1. A numbered list" + Keys.ENTER + Keys.ENTER + "- a list");
        assertThat(BodyField.value(browser)).contains("\n\n1. A numbered list\n\n- a list");
        toolbar("table").click();
        type("Cell");
        assertThat(BodyField.value(browser)).contains("| Cell |");
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused"))
                .toList();
        assertThat(refused).isEmpty();
    }

    @Test
    void theHeadlineAndTheSeoTitleCountTheirCharactersAsTheServerDoes() {
        newStory("");
        WebElement headline = browser.findElement(By.id("headline"));
        WebElement count = browser.findElement(By.id("headline-count"));
        assertThat(count.getText()).isEqualTo("0 / 200 characters");
        assertThat(headline.getAttribute("aria-describedby")).contains("headline-count");
        // An emoji is two of Java's characters, as the server's limit counts them.
        // (ChromeDriver types only the Basic Multilingual Plane, so the emoji arrives as a paste would bring it.)
        browser.executeScript(
                "arguments[0].value = 'Floods \\u{1F30A}';"
                        + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }))",
                headline);
        assertThat(count.getText()).isEqualTo("9 / 200 characters");
        headline.sendKeys("x".repeat(200));
        assertThat(count.getText()).isEqualTo("209 / 200 characters, 9 too many");
        assertThat(count.getAttribute("class")).contains("char-count--over");
        // Out from under the sticky row of buttons at the bottom of the window.
        WebElement seo = browser.findElement(By.cssSelector(".seo summary"));
        browser.executeScript("arguments[0].scrollIntoView({ block: 'center' })", seo);
        seo.click();
        browser.findElement(By.id("seoTitle")).sendKeys("Floods in the valley");
        assertThat(browser.findElement(By.id("seoTitle-count")).getText()).isEqualTo("20 / 200 characters");
    }

    @ParameterizedTest
    @CsvSource({"1366, light", "1366, dark", "820, light", "820, dark"})
    void screenshotsOfTheEditor(int width, String scheme) throws IOException {
        long id = jdbc.sql("select id from articles where slug = :slug")
                .param("slug", "commission-calls-for-voting-age-to-be-lowered-to-16")
                .query(Long.class)
                .single();
        browser.manage().window().setSize(new Dimension(width, 1000));
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        try {
            browser.openEditor(id);
            WebElement body = BodyField.richText(browser);
            body.click();
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("sideways scroll").isLessThanOrEqualTo(0);
            screenshot("editor-" + width + "-" + scheme + ".png", width);
            // And what the window shows while writing: the toolbar and the text.
            browser.executeScript("document.querySelector('.rich-body').scrollIntoView()");
            Path window = Path.of("target", "screenshots", "editor-" + width + "-" + scheme + "-window.png");
            Files.write(window, browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.manage().window().setSize(new Dimension(1366, 900));
        }
    }

    private void newStory(String headline) {
        browser.open("/admin/articles/new");
        if (!headline.isEmpty()) {
            browser.findElement(By.id("headline")).sendKeys(headline);
        }
        new Select(browser.findElement(By.id("sectionId"))).selectByVisibleText("Test desk");
    }

    private String storedBody(String headline) {
        return jdbc.sql("select body_markdown from articles where headline = :headline")
                .param("headline", headline)
                .query(String.class)
                .single();
    }

    private String direction(String css) {
        return (String) browser.executeScript(
                "return document.querySelector(arguments[0]).matches(':dir(rtl)') ? 'rtl' : 'ltr'", css);
    }

    private String accessibleName(WebElement button) {
        String label = button.getAttribute("aria-label");
        return label != null && !label.isBlank() ? label : button.getText().trim();
    }

    private WebElement toolbar(String command) {
        return browser.findElement(By.cssSelector("[role=toolbar] button[data-command='" + command + "']"));
    }

    /** Keys to whatever has the focus, as a person types them. */
    private void type(String keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void withControl(String key) {
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys(key)
                .keyUp(Keys.CONTROL)
                .perform();
    }

    private WebElement openDialog() {
        return Chromium.patiently(browser)
                .until(d -> d.findElements(By.cssSelector("dialog.editor-dialog[open]")).stream()
                        .findFirst()
                        .orElse(null));
    }

    private void dialogClosed() {
        Chromium.patiently(browser).until(d -> d.findElements(By.cssSelector("dialog.editor-dialog"))
                .isEmpty());
        Chromium.patiently(browser)
                .until(d -> "body-editor".equals(d.switchTo().activeElement().getAttribute("id")));
    }

    /** The whole page at the given width, not only what the window shows. */
    private void screenshot(String name, int width) throws IOException {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(out, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
