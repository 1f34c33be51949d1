package org.newsroom.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browser;
import org.newsroom.support.BrowserTest;
import org.newsroom.support.Chromium;
import org.newsroom.support.Staff;
import org.newsroom.webhooks.WebhookEndpoints;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin in real Chromium registers a webhook endpoint (a local receiver), sees its secret once, sends it a test and
 * sees the delivery in the endpoint's log; axe finds no WCAG 2.1 A or AA violation on the screens.
 */
@BrowserTest
class WebhooksBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    WebhookEndpoints endpoints;

    private Browser admin;
    private HttpServer receiver;
    private final CountDownLatch received = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            received.countDown();
        });
        receiver.start();
        admin = Chromium.open(port);
    }

    @AfterEach
    void stop() {
        if (admin != null) {
            admin.quit();
        }
        String mine = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/";
        var by = staff.create(StaffRole.ADMIN).actor();
        endpoints.list().stream()
                .filter(endpoint -> endpoint.url().startsWith(mine))
                .forEach(endpoint -> endpoints.delete(endpoint.id(), by));
        receiver.stop(0);
    }

    @Test
    void anAdminRegistersAnEndpointSendsATestAndSeesTheDeliveryInTheLog() throws InterruptedException {
        admin.signIn(staff.create(StaffRole.ADMIN, "Ada Hooks"));
        admin.open("/admin/webhooks");
        assertThat(Chromium.axeViolations(admin)).as("the webhooks page").isEmpty();

        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/browser-hook";
        admin.findElement(By.id("endpoint-url")).sendKeys(url);
        admin.findElement(By.id("endpoint-description")).sendKeys("The browser test's receiver");
        admin.findElement(By.id("event-webhook.test")).click();
        admin.findElement(By.id("event-article.published")).click();
        admin.findElement(By.id("payload-thin")).click();
        submit(admin, admin.findElement(By.id("register-endpoint")));
        String secret = admin.findElement(By.id("new-secret")).getAttribute("value");
        assertThat(secret).startsWith("whsec_");
        assertThat(Chromium.axeViolations(admin))
                .as("the page with the new secret")
                .isEmpty();

        admin.findElement(By.cssSelector("#created-endpoint a")).click();
        Chromium.patiently(admin).until(d -> !d.findElements(By.id("test-send")).isEmpty());
        assertThat(admin.getPageSource()).doesNotContain(secret);
        submit(admin, admin.findElement(By.id("test-send")));
        assertThat(received.await(60, TimeUnit.SECONDS))
                .as("the receiver got the test")
                .isTrue();

        Chromium.patiently(admin).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector("#deliveries tr[data-status=succeeded]"))
                            .size()
                    == 1;
        });
        WebElement row = admin.findElement(By.cssSelector("#deliveries tr[data-status=succeeded]"));
        assertThat(row.getText()).contains("webhook.test").contains("204");
        assertThat(Chromium.axeViolations(admin))
                .as("the endpoint's page with its log")
                .isEmpty();
    }

    private static void submit(WebDriver driver, WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        Chromium.waitForNextPage(driver, page);
    }
}
