package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.article.DraftingService;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.BodyField;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ana and Ben on one story in two browser sessions: their saves merge paragraph by paragraph, a paragraph both changed
 * is theirs to choose on the conflict screen with the text not taken kept in History, and each is told at once who
 * else has the story open, for no longer than the other's browser has it.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoEditorsBrowserTest {

    private static final String BODY = "The talks opened on Monday in Geneva.\n\nDelegates arrived late.";

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

    private Browser anasBrowser;
    private Browser bensBrowser;
    private StaffPrincipal ana;
    private long desk;

    @BeforeAll
    void signIn() {
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        ana = staff.create(StaffRole.EDITOR, "Ana Alpha");
        anasBrowser = Chromium.open(port);
        bensBrowser = Chromium.open(port);
        anasBrowser.signIn(ana);
        bensBrowser.signIn(staff.create(StaffRole.EDITOR, "Ben Beta"));
    }

    /** Each test on a story of its own, in browsers that have never seen one. */
    @BeforeEach
    void startOver() {
        anasBrowser.startOver();
        bensBrowser.startOver();
    }

    @AfterAll
    void close() {
        if (anasBrowser != null) {
            anasBrowser.quit();
        }
        if (bensBrowser != null) {
            bensBrowser.quit();
        }
    }

    @Test
    void aParagraphAddedAtTheTopAndOneAtTheBottomBothSurviveWithoutAConflictScreen() {
        long id = story();
        anasBrowser.openEditor(id);
        bensBrowser.openEditor(id);

        anasBrowser.type("body", "Ana's new lead.\n\n" + BODY);
        anasBrowser.press("save");
        assertThat(anasBrowser.notice()).isEqualTo("Saved.");

        // Ben's autosave meets Ana's save: the merge comes back into his form, and he is told whose it is.
        bensBrowser.type("body", BODY + "\n\nBen's new ending.");
        WebElement merged = bensBrowser.findElement(By.id("merged-notice"));
        Chromium.patiently(bensBrowser).until(d -> merged.isDisplayed());
        assertThat(merged.getText()).startsWith("Merged with the changes of Ana Alpha.");
        assertThat(bensBrowser.value("body")).isEqualTo("Ana's new lead.\n\n" + BODY + "\n\nBen's new ending.");
        bensBrowser.press("save");

        assertThat(bensBrowser.heading()).isEqualTo("Edit story");
        assertThat(bensBrowser.notice()).isEqualTo("Saved.");
        anasBrowser.openEditor(id);
        assertThat(anasBrowser.value("body")).isEqualTo("Ana's new lead.\n\n" + BODY + "\n\nBen's new ending.");
    }

    /**
     * The same merge, with Ben typing in the rich-text editor: the merged body comes back into the textarea, and the
     * editor must show it, or Ben's next key press would write his text from before the merge over Ana's lead.
     */
    @Test
    void aMergeComingBackToTheRichTextEditorShowsThereAndSurvivesTheNextKeyPress() {
        long id = story();
        anasBrowser.openEditor(id);
        bensBrowser.openEditor(id);
        anasBrowser.type("body", "Ana's new lead.\n\n" + BODY);
        anasBrowser.press("save");

        WebElement bensEditor = BodyField.richText(bensBrowser);
        typeAtTheEnd(bensBrowser, bensEditor, Keys.ENTER + "Ben's new ending.");
        WebElement merged = bensBrowser.findElement(By.id("merged-notice"));
        Chromium.patiently(bensBrowser).until(d -> merged.isDisplayed());
        Chromium.patiently(bensBrowser).until(d -> bensEditor.getText().startsWith("Ana's new lead."));

        typeAtTheEnd(bensBrowser, bensEditor, " Still typing.");
        bensBrowser.press("save");

        assertThat(bensBrowser.notice()).isEqualTo("Saved.");
        anasBrowser.openEditor(id);
        assertThat(anasBrowser.value("body"))
                .isEqualTo("Ana's new lead.\n\n" + BODY + "\n\nBen's new ending. Still typing.");
    }

    private static void typeAtTheEnd(WebDriver driver, WebElement richText, CharSequence keys) {
        List<WebElement> paragraphs = richText.findElements(By.cssSelector("p"));
        WebElement last = paragraphs.get(paragraphs.size() - 1);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({ block: 'center' })", last);
        last.click();
        last.sendKeys(Keys.END, keys);
    }

    @Test
    void aParagraphBothChangedShowsTheConflictScreenAndTheTextNotTakenIsInHistory() {
        long id = story();
        anasBrowser.openEditor(id);
        bensBrowser.openEditor(id);

        anasBrowser.type("body", BODY.replace("late.", "late, Ana heard."));
        anasBrowser.press("save");
        bensBrowser.type("body", BODY.replace("late.", "late, Ben was told."));
        bensBrowser.press("save");

        assertThat(bensBrowser.heading()).isEqualTo("Someone else saved this story");
        assertThat(bensBrowser.findElements(By.cssSelector("#paragraph-1 .conflict__value")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Delegates arrived late, Ben was told.", "Delegates arrived late, Ana heard.");
        assertThat(bensBrowser.findElements(By.cssSelector("tr[id^=paragraph-]")))
                .hasSize(1);
        bensBrowser.clickCentered(By.cssSelector("input[name=pick_paragraph_1][value=theirs]"));
        bensBrowser.submit(By.cssSelector("button[value=merge]"));
        assertThat(bensBrowser.value("body")).isEqualTo(BODY.replace("late.", "late, Ana heard."));

        bensBrowser.follow("History");
        WebElement notTaken = bensBrowser.findElements(By.cssSelector("table tbody tr")).stream()
                .filter(row -> row.getText().contains("Not taken in a merge"))
                .findFirst()
                .orElseThrow();
        assertThat(notTaken.getText()).contains("Ben Beta");
        bensBrowser.executeScript("arguments[0].click()", notTaken.findElement(By.cssSelector("input[name=from]")));
        bensBrowser.submit(By.xpath("//button[normalize-space()='Compare']"));
        assertThat(bensBrowser.findElement(By.tagName("main")).getText()).contains("Ben was told");
    }

    @Test
    void openingAStorySomeoneHasOpenSaysSoOnLoadEvenRightAfterTheirSave() {
        long id = story();
        anasBrowser.openEditor(id);

        bensBrowser.openEditor(id);
        assertThat(presence(bensBrowser)).startsWith("Ana Alpha has been editing since");

        // Ana's save leaves her editor for her editor again; her old page's beacon must not free the new page's hold.
        anasBrowser.type("headline", "Talks open, with Ana's headline");
        anasBrowser.press("save");
        bensBrowser.openEditor(id);
        assertThat(presence(bensBrowser)).startsWith("Ana Alpha has been editing since");
    }

    @Test
    void leavingTheEditorReleasesTheStoryAtOnce() {
        long id = story();
        anasBrowser.openEditor(id);
        bensBrowser.openEditor(id);
        assertThat(presence(bensBrowser)).startsWith("Ana Alpha has been editing since");
        bensBrowser.open("/admin");

        anasBrowser.open("/admin");

        // A hold that merely expired stays in the table until someone takes it: gone, it was the closing page's beacon.
        Chromium.patiently(anasBrowser).until(d -> holds(id) == 0);
        bensBrowser.openEditor(id);
        assertThat(bensBrowser.findElement(By.id("presence")).getAttribute("class"))
                .contains("is-hidden");
    }

    @Test
    void closingTheTabReleasesTheStoryAtOnce() {
        long id = story();
        anasBrowser.open("/admin");
        String anasList = anasBrowser.getWindowHandle();
        // A tab of her own, as a person opens one: the page may then close it as her closing it would.
        anasBrowser.executeScript(
                "window.open(arguments[0], '_blank')", anasBrowser.url("/admin/articles/" + id + "/edit"));
        String anasEditor = anasBrowser.getWindowHandles().stream()
                .filter(handle -> !handle.equals(anasList))
                .findFirst()
                .orElseThrow();
        anasBrowser.switchTo().window(anasEditor);
        Chromium.patiently(anasBrowser)
                .until(d -> !d.findElements(By.id("presence")).isEmpty());
        bensBrowser.openEditor(id);
        assertThat(presence(bensBrowser)).startsWith("Ana Alpha has been editing since");
        // Ben leaves too, so that his heartbeat does not take the story the moment Ana's hold is gone.
        bensBrowser.open("/admin");

        anasBrowser.executeScript("window.close()");
        anasBrowser.switchTo().window(anasList);

        // A hold that merely expired stays in the table until someone takes it: gone, it was the closing tab's beacon.
        Chromium.patiently(anasBrowser).until(d -> holds(id) == 0);
        bensBrowser.openEditor(id);
        assertThat(bensBrowser.findElement(By.id("presence")).getAttribute("class"))
                .contains("is-hidden");
        assertThat(holderOf(id)).containsExactly("Ben Beta");
    }

    private long story() {
        return drafting.create(
                StoryInputs.story("Talks open " + UUID.randomUUID().toString().substring(0, 8))
                        .body(BODY)
                        .sectionId(desk)
                        .build(),
                ana.actor());
    }

    private long holds(long id) {
        return jdbc.sql("select count(*) from article_edit_locks where article_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private List<String> holderOf(long id) {
        return jdbc.sql("select holder_name from article_edit_locks where article_id = :id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private static String presence(WebDriver driver) {
        return driver.findElement(By.id("presence-text")).getText();
    }
}
