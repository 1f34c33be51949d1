package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleStatus;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With JavaScript, Unpublish asks in a dialog over the editor, whose unsaved text stays where it is. */
@BrowserTest
class UnpublishDialogBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    private Browser browser;

    @BeforeEach
    void browser() {
        browser = Chromium.open(port);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void unpublishAsksInADialogThatSaysWhatReadersGetAndCancellingKeepsEverything() throws IOException {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR, "Una Publisher");
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        StoryInput input = StoryInputs.story("Dialog story " + AdminRequests.unique())
                .body("Body.")
                .sectionId(desk)
                .build();
        long id = drafting.create(input, editor.actor());
        publishing.publish(id, editorQueries.open(id, editor.actor()).version(), input, editor.actor());
        String livePath = editorQueries.open(id, editor.actor()).livePath();
        browser.signIn(editor);
        browser.openEditor(id);
        WebElement deck = browser.findElement(By.id("deck"));
        deck.sendKeys("Typed, not saved");

        browser.findElement(By.cssSelector("a[data-unpublish]")).click();
        WebElement dialog = browser.findElement(By.id("unpublish-dialog"));
        waitUntil(driver -> dialog.getDomProperty("open").equals("true"));

        assertThat(browser.getCurrentUrl()).isEqualTo(browser.url("/admin/articles/" + id + "/edit"));
        assertThat(dialog.getText())
                .contains("Readers who open this story will be told it was removed")
                .contains("410 Gone")
                // the address readers use, under the site's base URL (not the test server's own port)
                .contains("http://localhost:8080" + livePath);
        screenshot("unpublish-dialog.png");

        dialog.findElement(By.cssSelector("[data-unpublish-cancel]")).click();
        waitUntil(driver -> dialog.getDomProperty("open").equals("false"));
        assertThat(deck.getDomProperty("value")).isEqualTo("Typed, not saved");
        assertThat(editorQueries.open(id, editor.actor()).status()).isEqualTo(ArticleStatus.PUBLISHED);

        // The typed deck is saved on its own within seconds, which moves the story's version: the dialog must send
        // the version the editor holds when it is confirmed, whenever that save lands.
        waitUntil(
                driver -> driver.findElement(By.id("autosave-status")).getText().startsWith("Saved automatically"));
        browser.findElement(By.cssSelector("a[data-unpublish]")).click();
        waitUntil(driver -> dialog.getDomProperty("open").equals("true"));
        WebElement page = browser.findElement(By.tagName("html"));
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.waitForNextPage(browser, page);

        assertThat(browser.notice()).isEqualTo("Unpublished: readers now get “410 Gone” at its address.");
        assertThat(editorQueries.open(id, editor.actor()).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        Chromium.patiently(browser).until(condition::apply);
    }

    private void screenshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
