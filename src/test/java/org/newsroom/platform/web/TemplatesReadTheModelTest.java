package org.newsroom.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Templates take what they show from the model, never from a bean by name ({@code ${@siteTimes.human(…)}}): a bean
 * called from a template is a dependency between modules that neither the compiler nor {@code ModularityTests} sees,
 * and the admin screens of taxonomy, people, media and the rest reached into the site module that way.
 */
class TemplatesReadTheModelTest {

    /** {@code @name} inside an expression: a bean reference, as opposed to {@code @{…}} links and e-mail addresses. */
    private static final Pattern BEAN = Pattern.compile("\\$\\{[^}]*?(?<![\\w.])@([a-zA-Z]\\w*)");

    @Test
    void noTemplateCallsABean() throws IOException {
        List<String> calls = new ArrayList<>();
        for (Resource template :
                new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            String name = template.getURL().getPath().replaceFirst(".*/templates/", "");
            Matcher bean = BEAN.matcher(html);
            while (bean.find()) {
                calls.add(name + ": @" + bean.group(1));
            }
        }
        assertThat(calls).isEmpty();
    }
}
