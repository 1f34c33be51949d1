package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin in real Chromium creates an API key, sees it once, and revokes it, on a screen axe finds no WCAG 2.1 A or
 * AA violation on; the API's browsable documentation renders under the site's Content-Security-Policy.
 */
@BrowserTest
class ApiKeysBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    private Browser admin;

    @BeforeEach
    void start() {
        admin = Chromium.open(port);
    }

    @AfterEach
    void stop() {
        if (admin != null) {
            admin.quit();
        }
    }

    @Test
    void anAdminCreatesAKeySeesItOnceAndRevokesIt() {
        admin.signIn(staff.create(StaffRole.ADMIN, "Ada Keys"));
        admin.open("/admin/api-keys");
        assertThat(Chromium.axeViolations(admin)).as("the keys page").isEmpty();

        String name = "Partner " + UUID.randomUUID().toString().substring(0, 8);
        admin.findElement(By.id("key-name")).sendKeys(name);
        admin.findElement(By.cssSelector("input[name=scope][value=partner]")).click();
        submit(admin, admin.findElement(By.cssSelector("form[action$='/admin/api-keys'] button[type=submit]")));
        String token = admin.findElement(By.id("new-token")).getAttribute("value");
        assertThat(token).startsWith("nrk_");
        assertThat(Chromium.axeViolations(admin))
                .as("the page with the new key")
                .isEmpty();

        admin.open("/admin/api-keys");
        assertThat(admin.getPageSource()).doesNotContain(token).contains(name);
        WebElement row = admin.findElement(By.xpath("//tr[th[normalize-space()='" + name + "']]"));
        submit(admin, row.findElement(By.cssSelector("button")));
        assertThat(admin.findElement(By.xpath("//tr[th[normalize-space()='" + name + "']]"))
                        .getText())
                .contains("Revoked");
    }

    @Test
    void theApiDocumentationRenders() {
        admin.open("/api/v1/docs");
        Chromium.patiently(admin).until(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock"))
                .isEmpty());
        assertThat(admin.findElements(By.cssSelector(".swagger-ui .opblock-summary-path")).stream()
                        .map(WebElement::getText)
                        .toList())
                .anyMatch(path -> path.contains("/api/v1/articles"));
    }

    private static void submit(WebDriver driver, WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        Chromium.waitForNextPage(driver, page);
    }
}
