package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.article.ScheduledRuns;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.BodyField;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.support.TestClock;
import org.newsroom.taxonomy.SectionService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two people on one story, a schedule, a restore: the safety net as editors use it, in real Chromium. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialSafetyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    SectionService sections;

    @Autowired
    TestClock clock;

    @Autowired
    ScheduledRuns scheduler;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Browser first;
    private Browser second;

    @BeforeAll
    void browsers() {
        sections.ensureSection("test-desk", "Test desk", null, 99);
        first = Chromium.open(port);
        second = Chromium.open(port);
    }

    /** Each test starts with two browsers that have never seen the site, nobody signed in. */
    @BeforeEach
    void startOver() {
        for (Browser browser : List.of(first, second)) {
            browser.startOver();
            browser.signOut();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    void close() {
        if (first != null) {
            first.quit();
        }
        if (second != null) {
            second.quit();
        }
    }

    @Test
    void twoBrowserSessionsChangingDifferentFieldsEndWithBothChangesKept() {
        StaffPrincipal ana = staff.create(StaffRole.EDITOR, "Ana Alpha");
        StaffPrincipal ben = staff.create(StaffRole.EDITOR, "Ben Beta");
        String headline = "Two editors " + UUID.randomUUID().toString().substring(0, 8);
        first.signIn(ana);
        newStory(first, headline);
        BodyField.markdown(first).sendKeys("The original body.");
        first.press("save");
        String editUrl = first.getCurrentUrl();

        second.signIn(ben);
        second.get(editUrl);
        assertThat(second.findElement(By.id("presence-text")).getText()).startsWith("Ana Alpha has been editing since");

        WebElement anasHeadline = first.findElement(By.id("headline"));
        anasHeadline.clear();
        anasHeadline.sendKeys(headline + ", with Ana's better headline");
        first.press("save");
        assertThat(first.notice()).isEqualTo("Saved.");

        WebElement bensBody = BodyField.markdown(second);
        bensBody.clear();
        bensBody.sendKeys("Ben's new body, written at the same time.");
        second.press("save");

        // Ana changed the headline, Ben the body: the two merge (by Ben's autosave or his Save), with no conflict
        // screen.
        assertThat(second.heading()).isEqualTo("Edit story");
        assertThat(second.findElement(By.id("headline")).getAttribute("value"))
                .isEqualTo(headline + ", with Ana's better headline");
        assertThat(second.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("Ben's new body, written at the same time.");
        first.get(editUrl);
        assertThat(first.findElement(By.id("headline")).getAttribute("value"))
                .isEqualTo(headline + ", with Ana's better headline");
        assertThat(first.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("Ben's new body, written at the same time.");
    }

    @Test
    void aScheduledStoryGoesLiveWhenTheClockPassesItsTime() {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR, "Sam Scheduler");
        String headline =
                "Embargoed until later " + UUID.randomUUID().toString().substring(0, 8);
        first.signIn(editor);
        newStory(first, headline);
        BodyField.markdown(first).sendKeys("Under embargo.");
        first.press("save");

        LocalDateTime inTwoMinutes = LocalDateTime.ofInstant(clock.instant().plusSeconds(120), ZoneOffset.UTC);
        first.executeScript(
                "document.getElementById('scheduleAt').value = arguments[0]",
                inTwoMinutes.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        first.press("schedule");
        assertThat(first.findElement(By.cssSelector(".notice--schedule")).getText())
                .startsWith("Scheduled for");
        assertThat(first.findElements(By.linkText("View live"))).isEmpty();

        clock.advance(Duration.ofMinutes(3));
        // What the publisher's timer does on a running instance, once, now that the time has passed.
        assertThat(scheduler.publishDue()).isPositive();
        first.get(first.getCurrentUrl());
        String livePath = first.findElement(By.linkText("View live")).getAttribute("href");

        second.get(livePath);
        assertThat(second.heading()).isEqualTo(headline);
        assertThat(second.findElement(By.cssSelector(".article__body")).getText())
                .contains("Under embargo.");
    }

    @Test
    void aRevisionIsRestored() {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR, "Rae Restorer");
        String headline = "Restore me " + UUID.randomUUID().toString().substring(0, 8);
        first.signIn(editor);
        newStory(first, headline);
        BodyField.markdown(first).sendKeys("The first draft, which was better.");
        first.press("save");
        WebElement body = BodyField.markdown(first);
        body.clear();
        body.sendKeys("A rewrite nobody liked.");
        first.press("save");

        first.follow("History");
        // Three rows for what the two saves made, and another if an autosave (every second in the browser tests)
        // landed while the rewrite was being typed.
        assertThat(first.findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        first.submit(By.xpath("//button[normalize-space()='Restore 1']"));

        assertThat(first.notice()).startsWith("Revision restored");
        assertThat(first.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("The first draft, which was better.");
        first.follow("History");
        assertThat(first.findElement(By.cssSelector("table tbody tr:nth-child(2)"))
                        .getText())
                .contains("Restored")
                .contains("(revision 1)");
    }

    /**
     * Save pressed while an autosave is on its way: the autosave moves the version, so the form must not go with the
     * version before it, or the editor meets their own autosave as "someone else saved". The autosave's answer is held
     * in the browser until Save has been pressed.
     */
    @Test
    void saveWhileAnAutosaveIsOnItsWayIsAPlainSave() {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR, "Sam Swift");
        first.signIn(editor);
        newStory(first, "Saved mid-autosave " + UUID.randomUUID().toString().substring(0, 8));
        first.press("save");
        first.executeScript("""
                const realFetch = window.fetch;
                window.heldAnswers = [];
                window.autosaveAnswered = false;
                window.fetch = function (url, options) {
                  const answer = realFetch(url, options);
                  if (!String(url).includes('/autosave')) {
                    return answer;
                  }
                  answer.then(() => { window.autosaveAnswered = true; });
                  return new Promise(resolve => window.heldAnswers.push(() => resolve(answer)));
                };
                """);
        BodyField.markdown(first).sendKeys("Typed while the autosave was on its way.");
        Chromium.patiently(first)
                .until(d -> Boolean.TRUE.equals(first.executeScript("return window.autosaveAnswered")));

        WebElement page = first.findElement(By.tagName("html"));
        first.findElement(By.cssSelector("button[name=action][value='save']")).click();
        first.executeScript("if (window.heldAnswers) { window.heldAnswers.forEach(release => release()); }");
        Chromium.waitForNextPage(first, page);

        assertThat(first.heading()).isNotEqualTo("Someone else saved this story");
        assertThat(first.notice()).isEqualTo("Saved.");
        assertThat(first.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("Typed while the autosave was on its way.");
    }

    @Test
    void textTypedButNotSavedComesBackFromThisBrowserInEveryField() {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR, "Kim Keeper");
        first.signIn(editor);
        first.open("/admin/articles/new");
        first.findElement(By.id("headline")).sendKeys("Kept in the browser");
        // Fields the page may show folded away, typed the way the script hears them.
        first.typeAll(Map.of("dateline", "GENEVA", "seoDescription", "Kept for search engines too."));

        first.open("/admin/articles/new");
        WebElement banner = first.findElement(By.id("local-copy"));
        assertThat(banner.isDisplayed()).isTrue();
        first.findElement(By.id("local-copy-restore")).click();

        assertThat(first.findElement(By.id("headline")).getAttribute("value")).isEqualTo("Kept in the browser");
        assertThat(first.findElement(By.name("dateline")).getAttribute("value")).isEqualTo("GENEVA");
        assertThat(first.findElement(By.name("seoDescription")).getAttribute("value"))
                .isEqualTo("Kept for search engines too.");
    }

    /** Opens a new story, with its headline typed and the test desk chosen. */
    private static void newStory(Browser browser, String headline) {
        browser.open("/admin/articles/new");
        browser.findElement(By.id("headline")).sendKeys(headline);
        new Select(browser.findElement(By.id("sectionId"))).selectByVisibleText("Test desk");
    }
}
