package org.newsroom.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stylesheets the build serves, read as the application reads them: from the classpath. */
class StylesheetsTest {

    @Test
    void theReaderAndTheAdminStylesheetsEachStartWithTheSharedBase() throws IOException {
        String base = Files.readString(Path.of("src/main/css/base.css"), StandardCharsets.UTF_8);

        assertThat(served("/static/css/site.css")).startsWith(base).contains(".masthead");
        assertThat(served("/static/css/admin.css")).startsWith(base).contains(".admin-bar");
    }

    private static String served(String resource) throws IOException {
        try (InputStream in = StylesheetsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
