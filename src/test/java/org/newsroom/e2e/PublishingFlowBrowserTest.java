package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.BodyField;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor's day in a real Chromium: write, preview, publish, edit, update, unpublish, as a reader checks each step. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingFlowBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcClient jdbc;

    private Browser editor;
    private Browser reader;

    @BeforeAll
    void browsers() {
        editor = Chromium.open(port);
        reader = Chromium.open(port);
    }

    /** Each test with two browsers that have never seen the site, nobody signed in. */
    @BeforeEach
    void startOver() {
        for (Browser browser : List.of(editor, reader)) {
            browser.startOver();
            browser.signOut();
        }
    }

    @AfterAll
    void close() {
        if (editor != null) {
            editor.quit();
        }
        if (reader != null) {
            reader.quit();
        }
    }

    @Test
    void anEditorPublishesUpdatesAndUnpublishesAStoryAsReadersWatch() {
        sections.ensureSection("test-desk", "Test desk", null, 99);
        StaffPrincipal me = staff.create(StaffRole.EDITOR, "Eda Editor");
        String headline = "Browser test story " + UUID.randomUUID().toString().substring(0, 8);

        // 1. Log in as an editor and create a story.
        editor.signIn(me);
        editor.open("/admin/articles/new");
        editor.findElement(By.id("headline")).sendKeys(headline);
        editor.findElement(By.id("deck")).sendKeys("A deck written in a real browser");
        BodyField.markdown(editor).sendKeys("The first version of the body.\n\nA second paragraph.");
        new Select(editor.findElement(By.id("sectionId"))).selectByVisibleText("Test desk");
        editor.findElement(By.id("byline")).sendKeys("Eda Editor");
        editor.findElement(By.id("tags")).sendKeys("Browsers, Testing");
        editor.findElement(By.id("dateline")).sendKeys("GENEVA");
        editor.press("save");
        assertThat(editor.notice()).isEqualTo("Draft saved.");

        // 2. Preview it (in the editor, by script, then the real template), then publish it.
        editor.findElement(By.cssSelector("button[name=action][value=preview]")).click();
        Chromium.patiently(editor)
                .until(driver -> driver.findElement(By.id("preview-pane")).isDisplayed());
        assertThat(editor.findElement(By.cssSelector("#preview-pane .article__body"))
                        .getText())
                .contains("The first version of the body.");
        String editUrl = editor.getCurrentUrl();
        editor.follow("Preview saved version");
        assertThat(editor.findElement(By.cssSelector(".preview-banner")).getText())
                .startsWith("Preview");
        // Clearly a banner: its own background and border, stuck to the top of the window.
        WebElement banner = editor.findElement(By.cssSelector(".preview-banner"));
        assertThat(banner.getCssValue("background-color"))
                .isNotEqualTo(editor.findElement(By.tagName("body")).getCssValue("background-color"));
        assertThat(banner.getCssValue("border-bottom-width")).isNotEqualTo("0px");
        assertThat(banner.getCssValue("position")).isEqualTo("sticky");
        assertThat(editor.heading()).isEqualTo(headline);
        editor.get(editUrl);
        editor.press("publish");
        assertThat(editor.notice()).isEqualTo("Published.");
        String livePath = editor.findElement(By.linkText("View live")).getAttribute("href");

        reader.open("/");
        assertThat(reader.findElements(By.cssSelector("main article h2 a, main article h3 a")).stream()
                        .map(WebElement::getText))
                .as("headlines on the front page")
                .contains(headline);
        reader.get(livePath);
        assertThat(reader.heading()).isEqualTo(headline);
        assertThat(readerBody()).contains("The first version of the body.");
        assertThat(reader.findElements(By.cssSelector(".timestamp--updated"))).isEmpty();

        // 3. Edit the body and save: the reader still sees the old text.
        WebElement body = BodyField.markdown(editor);
        body.clear();
        body.sendKeys("The second version of the body, with news.");
        editor.press("save");
        assertThat(editor.notice()).isEqualTo("Saved.");
        reader.navigate().refresh();
        assertThat(readerBody()).contains("The first version of the body.").doesNotContain("second version");

        // 4. Publish update: the reader sees the new text and an Updated time.
        assertThat(editor.findElement(By.id("publicUpdate1")).isSelected()).isTrue();
        editor.press("publish-update");
        assertThat(editor.notice()).startsWith("Update published");
        reader.navigate().refresh();
        assertThat(readerBody()).contains("The second version of the body, with news.");
        WebElement updated = reader.findElement(By.cssSelector(".timestamp--updated time"));
        assertThat(updated.getAttribute("datetime")).isNotBlank();

        // 5. Unpublish: the reader gets 410.
        unpublish();
        assertThat(editor.notice()).startsWith("Unpublished");
        reader.navigate().refresh();
        assertThat(reader.heading()).isEqualTo("This story has been removed");
        assertThat(statusOf(livePath)).isEqualTo(410);
    }

    @Test
    void anExpiredSessionOnSaveLeadsToLoginAndTheTextComesBack() {
        StaffPrincipal me = staff.create(StaffRole.WRITER, "Wendy Writer");
        String headline = "Session test " + UUID.randomUUID().toString().substring(0, 8);
        editor.signIn(me);
        editor.open("/admin/articles/new");
        editor.findElement(By.id("headline")).sendKeys(headline);
        editor.press("save");
        String editUrl = editor.getCurrentUrl();

        BodyField.markdown(editor).sendKeys("Forty minutes of careful writing — “quoted”, مرحبا.");
        jdbc.sql("delete from spring_session where principal_name = :email")
                .param("email", me.email())
                .update();
        editor.press("save");

        assertThat(editor.getCurrentUrl())
                .as("after the save: %s", editor.findElement(By.tagName("body")).getText())
                .contains("/admin/login");
        assertThat(editor.findElement(By.cssSelector(".notice")).getText()).contains("has been kept");
        editor.findElement(By.id("username")).sendKeys(me.email());
        editor.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        editor.submit(By.cssSelector("button[type=submit]"));

        assertThat(editor.getCurrentUrl()).isEqualTo(editUrl);
        assertThat(editor.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("Forty minutes of careful writing — “quoted”, مرحبا.");
        assertThat(editor.findElement(By.cssSelector(".notice")).getText()).contains("session had expired");
        editor.press("save");
        assertThat(editor.notice()).isEqualTo("Saved.");
        assertThat(editor.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("Forty minutes of careful writing — “quoted”, مرحبا.");
    }

    /** Unpublish asks first: the button opens a dialog, whose own button unpublishes. */
    private void unpublish() {
        editor.findElement(By.cssSelector("a[data-unpublish]")).click();
        WebElement dialog = editor.findElement(By.id("unpublish-dialog"));
        Chromium.patiently(editor).until(d -> "true".equals(dialog.getDomProperty("open")));
        editor.submit(By.cssSelector("#unpublish-dialog button[type=submit]"));
    }

    private String readerBody() {
        return reader.findElement(By.cssSelector(".article__body")).getText();
    }

    private int statusOf(String absoluteUrl) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            return client.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(absoluteUrl))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
