package org.newsroom.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The story body in a real browser. With JavaScript the body is a rich-text editor over the Markdown textarea, which
 * stays in the form, hidden, and always holds the Markdown: reading the textarea's value reads the body either way.
 * Typing goes either into the rich-text editor or, after its "Markdown" button, into the textarea itself. The browser
 * remembers the Markdown view for the next pages.
 */
public final class BodyField {

    private BodyField() {}

    /** The rich-text editor, once its script has mounted it on the page. */
    public static WebElement richText(WebDriver driver) {
        WebElement toggle = toggle(driver);
        if ("true".equals(toggle.getAttribute("aria-pressed"))) {
            toggle.click();
        }
        WebElement editor = driver.findElement(By.id("body-editor"));
        Chromium.patiently(driver).until(d -> editor.isDisplayed());
        return editor;
    }

    /** The Markdown textarea, shown by the editor's "Markdown" button. */
    public static WebElement markdown(WebDriver driver) {
        WebElement toggle = toggle(driver);
        if (!"true".equals(toggle.getAttribute("aria-pressed"))) {
            toggle.click();
        }
        WebElement textarea = driver.findElement(By.id("body"));
        Chromium.patiently(driver).until(d -> textarea.isDisplayed());
        return textarea;
    }

    /** The Markdown the form will send. */
    public static String value(WebDriver driver) {
        return driver.findElement(By.id("body")).getAttribute("value");
    }

    private static WebElement toggle(WebDriver driver) {
        Chromium.patiently(driver).until(d -> !d.findElements(By.cssSelector("form.story-form[data-editor=ready]"))
                .isEmpty());
        return driver.findElement(By.cssSelector("button[data-editor-view=markdown]"));
    }
}
