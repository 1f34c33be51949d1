package org.newsroom.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every kind of reader page is valid HTML, as the Nu Html Checker (the W3C's checker) sees it: no error, no warning. */
@IntegrationTest
class ValidHtmlTest {

    @Autowired
    Browserless browser;

    @Autowired
    org.newsroom.article.ArticleService articles;

    @Autowired
    org.newsroom.taxonomy.SectionService sections;

    /** The database keeps microseconds; HTML's datetime allows three fraction digits at most. */
    @org.junit.jupiter.api.BeforeEach
    void aStoryPublishedWithMicroseconds() {
        if (articles.findPublishedBySlug("published-with-microseconds").isEmpty()) {
            long section = sections.ensureSection("world", "World", null, 0).id();
            articles.importPublished(
                    new org.newsroom.article.ArticleDraft(
                            "Published with microseconds",
                            null,
                            "Body.",
                            "published-with-microseconds",
                            section,
                            java.util.List.of(),
                            java.util.List.of(),
                            null,
                            "en",
                            null,
                            null,
                            org.newsroom.article.LeadImage.NONE),
                    java.time.Instant.parse("2014-02-10T08:00:00.123456Z"),
                    java.time.Instant.parse("2014-02-10T08:30:00.654321Z"));
        }
        if (articles.findPublishedBySlug("محادثات-جنيف-2").isEmpty()) {
            long section = sections.ensureSection("world", "World", null, 0).id();
            articles.importPublished(
                    new org.newsroom.article.ArticleDraft(
                            "محادثات \"جنيف 2\"",
                            "الجولة الأولى انتهت - دون اتفاق...",
                            "قال المبعوث إن \"الجليد بدأ يذوب\".\n\n> نص مقتبس",
                            "محادثات-جنيف-2",
                            section,
                            java.util.List.of(),
                            java.util.List.of(),
                            "جنيف",
                            "ar",
                            null,
                            null,
                            org.newsroom.article.LeadImage.NONE),
                    java.time.Instant.parse("2014-03-10T07:00:00Z"),
                    null);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                GenevaArticlePageTest.CANONICAL,
                "/world/2014/02/10/published-with-microseconds",
                "/world/2014/03/10/%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-%D8%AC%D9%86%D9%8A%D9%81-2",
                "/world",
                "/middle-east",
                "/tag/syria",
                "/author/staff-and-agencies",
                "/search?q=geneva+talks",
                "/search?q=",
                "/search?q=zzqqxx-no-such-word",
                "/corrections",
                "/no-such-page",
                "/search?page=-1"
            })
    void readerPagesAreValidHtml(String path) throws Exception {
        String html = browser.get(path).body();

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        validator.setNoLangDetect(false);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(report).as(path).isEqualTo("Document checking completed. No errors found.\n");
    }
}
