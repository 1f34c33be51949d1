package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsroom.platform.Typography;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The example story, seeded from its story file, as a reader sees it at its canonical URL. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenevaArticlePageTest {

    static final String CANONICAL = "/middle-east/2014/02/10/syrian-rivals-resume-peace-talks-in-geneva";

    @Autowired
    Browserless browser;

    private Document page;

    @BeforeAll
    void openThePage() {
        Browserless.Page response = browser.get(CANONICAL);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        page = response.document();
    }

    @Test
    void showsTheSectionLabelWithItsParent() {
        assertThat(page.selectFirst(".article__section").text()).isEqualTo("World › Middle East");
    }

    @Test
    void theHeadlineIsTheOnlyH1() {
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Syrian rivals resume peace talks in Geneva");
        assertThat(page.title()).startsWith("Syrian rivals resume peace talks in Geneva");
    }

    @Test
    void showsDeckBylineAndDateline() {
        assertThat(page.selectFirst(".article__deck").text())
                .isEqualTo("The first round of talks ended with no firm agreements from the government and the"
                        + " opposition");
        assertThat(page.selectFirst(".byline").text()).isEqualTo("By Staff and agencies");
        assertThat(page.selectFirst(".byline a").attr("href")).isEqualTo("/author/staff-and-agencies");
        assertThat(page.selectFirst(".dateline").text()).isEqualTo("GENEVA");
    }

    @Test
    void showsPublishedAndUpdatedTimesExactlyAsInTheStoryFile() {
        Element published = page.selectFirst(".timestamp--published");
        Element updated = page.selectFirst(".timestamp--updated");

        assertThat(published.text()).startsWith("Published ");
        assertThat(published.selectFirst("time").attr("datetime")).isEqualTo("2014-02-10T09:12:00Z");
        assertThat(published.selectFirst("time").text()).isEqualTo("Mon 10 Feb 2014 09.12 UTC");
        assertThat(updated.text()).startsWith("Updated ");
        assertThat(updated.selectFirst("time").attr("datetime")).isEqualTo("2014-02-10T14:37:00Z");
        assertThat(updated.selectFirst("time").text()).isEqualTo("Mon 10 Feb 2014 14.37 UTC");
    }

    @Test
    void showsTheWholeBody() throws IOException {
        List<String> paragraphs = storyFileParagraphs();
        Elements shown = page.select(".article__body p");

        assertThat(paragraphs).hasSize(12);
        assertThat(shown.eachText())
                .containsExactlyElementsOf(paragraphs.stream()
                        .map(paragraph -> Typography.text(paragraph, "en").replace('\u00A0', ' '))
                        .toList());
    }

    @Test
    void readsAsWireCopyWithTypographicQuotesAndDashes() {
        String body = page.selectFirst(".article__body").wholeText();
        assertThat(body).doesNotContain("\"", " - ", "...");
        assertThat(body)
                .contains("some “common ground” had been reached and that the “ice was breaking.”")
                .contains("all that they require\u00A0– courage, persistence")
                .contains("fighting “terrorism,” but");
        assertThat(page.selectFirst(".article__headline").text()).doesNotContain("\"", "'");
    }

    @Test
    void showsTheTagsInOrder() {
        assertThat(page.select(".tags a").eachText())
                .containsExactly("Syria", "Geneva II", "Peace talks", "United Nations");
    }

    @Test
    void showsEverythingInTheReadingOrder() {
        List<String> order = List.of(
                ".article__section",
                "h1",
                ".article__deck",
                ".byline",
                ".dateline",
                ".timestamp--published",
                ".timestamp--updated",
                ".article__body",
                ".tags");
        List<Integer> positions = order.stream()
                .map(selector -> page.body().select("*").indexOf(page.selectFirst(selector)))
                .toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void declaresItsLanguageAndCanonicalUrl() {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + CANONICAL);
    }

    /** The body paragraphs of the story file as plain text, the way a reader would read them. */
    private static List<String> storyFileParagraphs() throws IOException {
        String file = new ClassPathResource("demo/articles/01-syrian-rivals-resume-peace-talks-in-geneva.md")
                .getContentAsString(StandardCharsets.UTF_8);
        String body = file.substring(file.indexOf("\n---\n", 3) + 5).strip();
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(paragraph -> paragraph.strip().replaceAll("\\s+", " "))
                .toList();
    }
}
