package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every error page is drawn by the one template, {@code error/page.html}: each status's page, the container's frame and
 * the admin's {@code 400}, so that a change of what an error page says or how it is marked up is made once.
 */
class ErrorTemplatesTest {

    @Test
    void everyErrorPageIsTheSharedOne() throws IOException {
        List<Resource> pages = new ArrayList<>(
                List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/error/*.html")));
        pages.add(new PathMatchingResourcePatternResolver().getResource("classpath:templates/admin/error.html"));
        List<String> names = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (Resource page : pages) {
            String name = page.getURL().getPath().replaceFirst(".*/templates/", "");
            names.add(name);
            if (!page.getContentAsString(StandardCharsets.UTF_8).contains("~{error/page :: ")
                    && !name.equals("error/page.html")) {
                own.add(name);
            }
        }
        assertThat(names).contains("error/404.html", "error/5xx.html", "error/container.html", "admin/error.html");
        assertThat(own).isEmpty();
    }
}
