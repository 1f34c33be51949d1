package org.newsroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.newsroom.staff.StaffPrincipal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A person's Chromium on the running application ({@link Chromium#open(int)}), with what a person does in the admin
 * screens said in their words: sign in, open a page, press a button and wait for the next page, read the notice.
 *
 * <p>Starting Chromium is most of what a short browser test costs, so a test class keeps one for all its tests, and
 * {@link #startOver()} before each gives it back as a browser that has never seen the site's pages: one fresh tab,
 * nothing kept in the site's storage (the editor's copy of unsaved text, its Markdown view). The sign-in stays, so
 * that a class whose tests are all one person's signs in once; {@link #signIn} first signs out whoever was signed in.
 */
public final class Browser extends ChromeDriver {

    private final String base;

    Browser(ChromeDriverService service, ChromeOptions options, int port) {
        super(service, options);
        this.base = "http://localhost:" + port;
    }

    /** The absolute address of a path of the site. */
    public String url(String path) {
        return base + path;
    }

    /** Forgets the sign-in (the session's cookie), as a browser that never signed in. */
    public void signOut() {
        // Every cookie of the browser, whatever page it is on (WebDriver's own deletes those of the page's site).
        executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Opens a page of the site, e.g. {@code /admin/articles/new}. */
    public void open(String path) {
        get(url(path));
    }

    /** Opens the story editor of a story. */
    public void openEditor(long storyId) {
        open("/admin/articles/" + storyId + "/edit");
    }

    /** Signs out whoever was signed in, then signs in through the login form, which leads to the story list. */
    public void signIn(StaffPrincipal who) {
        signOut();
        open("/admin/login");
        findElement(By.id("username")).sendKeys(who.email());
        findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        submit(By.cssSelector("button[type=submit]"));
        assertThat(heading()).as("the page after signing in").isEqualTo("Stories");
    }

    /** Presses one of the story form's buttons ({@code name=action}, e.g. {@code save}) and waits for the next page. */
    public void press(String action) {
        submit(By.cssSelector("button[name=action][value='" + action + "']"));
    }

    /** Clicks what leads to another page (a submit button, a link) and waits for that page. */
    public void submit(By what) {
        WebElement page = findElement(By.tagName("html"));
        findElement(what).click();
        Chromium.waitForNextPage(this, page);
    }

    /** Follows a link by its text and waits for the next page. */
    public void follow(String linkText) {
        submit(By.linkText(linkText));
    }

    /** The page's main heading. */
    public String heading() {
        return findElement(By.tagName("h1")).getText();
    }

    /** The text of the page's success notice ("Saved."). */
    public String notice() {
        return findElement(By.cssSelector(".notice--success")).getText();
    }

    /**
     * Puts text in a field of the story form as typing does, with the input event that the editor's scripts
     * (autosave, the copy kept in the browser, the rich-text editor of the body) listen to. For fields the page may
     * show folded away, and for a whole body at once.
     */
    public void type(String field, String text) {
        typeAll(Map.of(field, text));
    }

    /** As {@link #type}, for several fields. */
    public void typeAll(Map<String, String> fields) {
        executeScript(
                "for (const [name, value] of Object.entries(arguments[0])) {"
                        + " const field = document.querySelector('form.story-form [name=' + name + ']');"
                        + " field.value = value;"
                        + " field.dispatchEvent(new Event('input', { bubbles: true })); }",
                fields);
    }

    /** The value of a field of the story form, shown or not. */
    public String value(String field) {
        return (String) executeScript(
                "return document.querySelector('form.story-form [name=' + arguments[0] + ']').value;", field);
    }

    /** Clicks what may sit under the screen's sticky buttons, once it is scrolled to the middle. */
    public void clickCentered(By what) {
        WebElement element = findElement(what);
        executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
        element.click();
    }

    /**
     * Back to a browser that has never seen the site's pages, still signed in: the pages of the last test are closed
     * (their scripts stop, their beacons give their stories up), the site's storage is emptied, and one new blank
     * tab is left.
     */
    public void startOver() {
        String last = getWindowHandle();
        switchTo().newWindow(WindowType.TAB);
        String fresh = getWindowHandle();
        for (String handle : getWindowHandles()) {
            if (!handle.equals(fresh)) {
                switchTo().window(handle);
                close();
            }
        }
        switchTo().window(fresh);
        assertThat(last).isNotEqualTo(fresh);
        // WebDriver opens the tab behind the others, unfocused: in front, its page has the focus a person's page has
        // (the clipboard, for one, is only for a focused document).
        executeCdpCommand("Page.bringToFront", Map.of());
        executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        executeCdpCommand(
                "Storage.clearDataForOrigin",
                Map.of("origin", base, "storageTypes", "local_storage,indexeddb,cache_storage,service_workers"));
    }
}
