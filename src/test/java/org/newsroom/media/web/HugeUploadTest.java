package org.newsroom.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.media.ImageUploads;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StaffBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads over real HTTP, through the servlet container's own limits: a file a little over
 * {@code newsroom.media.max-bytes} reaches the library and is refused next to its name; one far over it is cut off by
 * the container, and still answered with a clear message, never a stack trace or a reset connection.
 */
@IntegrationTest
class HugeUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    Staff staff;

    @Autowired
    ImageUploads uploads;

    @Autowired
    JdbcClient jdbc;

    private StaffBrowser browser;
    private long rows;

    @BeforeEach
    void signIn() {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR);
        browser = new StaffBrowser(port);
        assertThat(browser.signIn(editor.email(), Staff.PASSWORD).statusCode()).isEqualTo(302);
        rows = jdbc.sql("select count(*) from media_images").query(Long.class).single();
    }

    @Test
    void aFileJustOverTheLimitIsRefusedByTheLibraryWithItsMessage() {
        var answer = browser.upload(
                "/admin/media/upload", "file", "big.jpg", uploads.maxBytes() + 1024, "/admin/media", true);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("larger than 20 MB");
        assertNothingStored();
    }

    @Test
    void aFileFarOverTheLimitGetsAClearAnswerFromTheScriptsEndpoint() {
        var answer =
                browser.upload("/admin/media/upload", "file", "huge.jpg", uploads.maxBytes() * 3, "/admin/media", true);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("\"status\":\"refused\"").contains("larger than 20 MB");
        assertNothingStored();
    }

    @Test
    void aFileFarOverTheLimitGetsAClearPageFromTheForm() {
        var answer = browser.upload("/admin/media", "files", "huge.jpg", uploads.maxBytes() * 3, "/admin/media", false);

        assertThat(answer.statusCode()).isEqualTo(413);
        var page = Jsoup.parse(answer.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("That upload is too large");
        assertThat(page.text()).contains("Nothing was stored").contains("at most 20 MB");
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("select count(*) from media_images")
                        .query(Long.class)
                        .single())
                .isEqualTo(rows);
    }
}
