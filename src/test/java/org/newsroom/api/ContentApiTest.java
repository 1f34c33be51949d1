package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.platform.Slugs;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content API shows what the reader site shows and nothing more: published stories whose time has come, newest
 * first and a page at a time by cursor, filtered by section, tag, author and update time; drafts never; an unpublished
 * story answers 410 and a tag or author that only drafts carry answers 404.
 */
@IntegrationTest
class ContentApiTest {

    static final String JSON = "application/json";

    @Autowired
    Browserless http;

    @Autowired
    TestStories stories;

    @Autowired
    SectionService sections;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    Staff staff;

    @Autowired
    JsonMapper json;

    private String run;
    private String desk;
    private String tag;
    private String writer;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        desk = "api-desk-" + run;
        sections.ensureSection(desk, "API desk " + run, null, 98);
        tag = "API tag " + run;
        writer = "API Writer " + run;
    }

    private JsonNode get(String path) {
        Browserless.Page page = http.get(path, JSON);
        assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
        return json.readTree(page.body());
    }

    private static List<String> headlines(JsonNode list) {
        List<String> headlines = new ArrayList<>();
        list.get("items").forEach(item -> headlines.add(item.get("headline").asString()));
        return headlines;
    }

    @Test
    void listsASectionsPublishedStoriesNewestFirstAPageAtATimeAndNeverItsDrafts() {
        Instant start = stories.newest();
        for (int i = 1; i <= 3; i++) {
            stories.story("Published " + i + " " + run).section(desk).publishedAt(start.plusMillis(i));
        }
        stories.story("Draft " + run).section(desk).draft();
        stories.story("Not yet " + run).section(desk).publishedAt(Instant.now().plus(1, ChronoUnit.DAYS));

        Browserless.Page first = http.get("/api/v1/articles?section=" + desk + "&limit=2", JSON);
        assertThat(first.status()).isEqualTo(200);
        JsonNode firstPage = json.readTree(first.body());
        assertThat(headlines(firstPage)).containsExactly("Published 3 " + run, "Published 2 " + run);
        String nextUrl = firstPage.get("nextUrl").asString();
        assertThat(first.header("Link")).isEqualTo("<" + nextUrl + ">; rel=\"next\"");
        assertThat(nextUrl).contains("cursor=" + firstPage.get("next").asString());

        JsonNode second = get(nextUrl.substring(nextUrl.indexOf("/api/")));
        assertThat(headlines(second)).containsExactly("Published 1 " + run);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(http.get("/api/v1/articles?section=" + desk, JSON).header("Link"))
                .isNull();

        String everything = http.get("/api/v1/articles?limit=100", JSON).body()
                + http.get("/api/v1/articles?section=" + desk + "&limit=100", JSON)
                        .body()
                + http.get("/api/v1/search?q=" + run, JSON).body();
        assertThat(everything).doesNotContain("Draft " + run).doesNotContain("Not yet " + run);
        List<String> found = new ArrayList<>();
        get("/api/v1/search?q=Published+" + run)
                .get("items")
                .forEach(hit -> found.add(hit.get("story").get("headline").asString()));
        assertThat(found).contains("Published 1 " + run);
    }

    @Test
    void oneArticleByIdAndByPathHasWhatItsPageShows() {
        long id = stories.story("The whole story " + run)
                .section(desk)
                .deck("What it is about")
                .body("The **first** paragraph.")
                .tags(tag)
                .authors(writer)
                .publishedAt(stories.newest());

        JsonNode article = get("/api/v1/articles/" + id);
        assertThat(article.get("id").asLong()).isEqualTo(id);
        assertThat(article.get("headline").asString()).isEqualTo("The whole story " + run);
        assertThat(article.get("deck").asString()).isEqualTo("What it is about");
        assertThat(article.get("bodyHtml").asString()).contains("<strong>first</strong>");
        assertThat(article.get("section").get("slug").asString()).isEqualTo(desk);
        assertThat(article.get("tags").get(0).get("name").asString()).isEqualTo(tag);
        assertThat(article.get("byline").get(0).get("name").asString()).isEqualTo(writer);
        assertThat(article.get("language").asString()).isEqualTo("en");
        assertThat(article.get("publishedAt").asString()).isNotBlank();
        String url = article.get("url").asString();
        assertThat(url).contains("/" + desk + "/");

        String path = url.substring(url.indexOf("/" + desk + "/"));
        assertThat(get("/api/v1/articles/by-path?path=" + path).get("id").asLong())
                .isEqualTo(id);
        assertThat(http.get("/api/v1/articles/by-path?path=/" + desk + "/2001/01/01/nothing-" + run, JSON)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void filtersByTagAuthorAndUpdateTime() {
        Instant start = stories.newest();
        String otherWriter = "Other Writer " + run;
        stories.story("Tagged " + run).section(desk).tags(tag).authors(writer).publishedAt(start.plusMillis(1));
        stories.story("Untagged " + run).section(desk).authors(otherWriter).publishedAt(start.plusMillis(2));
        stories.story("Updated later " + run)
                .section(desk)
                .authors(otherWriter)
                .publishedAt(start.minus(10, ChronoUnit.DAYS), start.plusMillis(3));

        assertThat(headlines(get("/api/v1/articles?tag=" + Slugs.slugify(tag, 80))))
                .containsExactly("Tagged " + run);
        assertThat(headlines(get("/api/v1/articles?author=" + Slugs.slugify(writer, 80))))
                .containsExactly("Tagged " + run);
        assertThat(headlines(get("/api/v1/articles?section=" + desk + "&updated_since=" + start.plusMillis(2))))
                .containsExactlyInAnyOrder("Untagged " + run, "Updated later " + run);
    }

    @Test
    void aDraftIsNotFoundAnUnpublishedStoryIsGoneAndATagOnlyDraftsCarryIsNotFound() {
        long draft = stories.story("Secret draft " + run)
                .section(desk)
                .tags(tag)
                .authors(writer)
                .draft();
        String tagSlug = Slugs.slugify(tag, 80);
        String authorSlug = Slugs.slugify(writer, 80);

        assertThat(http.get("/api/v1/articles/" + draft, JSON).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/articles?tag=" + tagSlug, JSON).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/articles?author=" + authorSlug, JSON).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/tags", JSON).body()).doesNotContain(tagSlug);
        assertThat(http.get("/api/v1/authors", JSON).body()).doesNotContain(authorSlug);

        long shown = stories.story("Shown " + run)
                .section(desk)
                .tags(tag)
                .authors(writer)
                .publishedAt(stories.newest());
        assertThat(http.get("/api/v1/tags", JSON).body()).contains(tagSlug);
        assertThat(http.get("/api/v1/authors", JSON).body()).contains(authorSlug);
        assertThat(http.get("/api/v1/sections", JSON).body()).contains(desk);

        Actor editor = staff.create(StaffRole.EDITOR).actor();
        publishing.unpublish(shown, editorQueries.open(shown, editor).version(), editor);

        Browserless.Page gone = http.get("/api/v1/articles/" + shown, JSON);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/articles?tag=" + tagSlug, JSON).status()).isEqualTo(404);
    }
}
