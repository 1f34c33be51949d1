package org.newsroom.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin's scripts, read as the application serves them: from the classpath. */
class ScriptsTest {

    private static final List<String> SCRIPTS = List.of("/static/js/admin.js", "/static/js/media.js");

    @Test
    void oneFunctionOfTheScriptsReadsTheCsrfToken() throws IOException {
        long readers = 0;
        for (String script : SCRIPTS) {
            readers += Pattern.compile(Pattern.quote("meta[name=\"_csrf\"]"))
                    .matcher(served(script))
                    .results()
                    .count();
        }

        assertThat(readers).isEqualTo(1);
    }

    @Test
    void theScriptsHoldNoAddressOfTheSiteTheyGetThemFromThePage() throws IOException {
        for (String script : SCRIPTS) {
            assertThat(served(script)).as(script).doesNotContainPattern("['\"]/(admin|media|articles)");
        }
    }

    private static String served(String resource) throws IOException {
        try (InputStream in = ScriptsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
