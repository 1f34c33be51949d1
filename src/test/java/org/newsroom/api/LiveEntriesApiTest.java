package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.live.EntryDraft;
import org.newsroom.live.LiveEditing;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live story's entries in the content API: newest first a page at a time by keyset, the pinned entry, key events and
 * edits marked, one entry by id, the article saying it is live; drafts and deleted entries never, a story readers do
 * not see 404 or 410 as for articles; and the API's HTTP (strong ETag, caching, surrogate keys, problem+json).
 */
@IntegrationTest
class LiveEntriesApiTest {

    @Autowired
    Browserless http;

    @Autowired
    JsonMapper json;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    LiveEditing live;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    private Actor editor;

    @BeforeEach
    void anEditor() {
        editor = staff.create(StaffRole.EDITOR).actor();
    }

    @Test
    void entriesAreListedNewestFirstByKeysetWithPinsKeyEventsAndEditsMarkedAndNeverDraftsOrDeletions() {
        long story = stories.story("API live " + UUID.randomUUID()).publishedAt(stories.newest());
        live.start(story, editor);
        long first = live.post(story, new EntryDraft("Talks resume", "Delegations meet.", true, true), editor);
        long second = live.post(story, new EntryDraft(null, "Brahimi reads a letter.", false, true), editor);
        long deleted = live.post(story, new EntryDraft(null, "Posted by mistake.", false, true), editor);
        long third = live.post(story, new EntryDraft(null, "Homs: the evacuation goes on.", false, true), editor);
        long draft = live.post(story, new EntryDraft("Secret", "Not for readers yet.", false, false), editor);
        live.delete(deleted, editor);
        live.edit(second, new EntryDraft(null, "Brahimi reads a letter aloud.", false, true), editor);
        live.pin(story, first, editor);

        Browserless.Page page = http.get("/api/v1/articles/" + story + "/entries?limit=2");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/json");
        assertThat(page.header("ETag")).startsWith("\"");
        assertThat(page.header("Cache-Control")).contains("public");
        assertThat(page.header("Surrogate-Key")).contains("a:" + story);
        JsonNode body = json.readTree(page.body());
        assertThat(ids(body)).containsExactly(third, second);
        String next = body.get("next").asString();
        assertThat(page.header("Link")).isEqualTo("<" + body.get("nextUrl").asString() + ">; rel=\"next\"");
        assertThat(body.get("nextUrl").asString())
                .endsWith("/api/v1/articles/" + story + "/entries?limit=2&cursor=" + next);

        JsonNode edited = body.get("items").get(1);
        assertThat(edited.get("updated").asBoolean()).isTrue();
        assertThat(edited.get("updatedAt").isNull()).isFalse();
        assertThat(edited.get("bodyHtml").asString()).contains("Brahimi reads a letter aloud.");
        assertThat(edited.get("article").asLong()).isEqualTo(story);
        assertThat(edited.get("url").asString()).endsWith("?entry=" + second + "#entry-" + second);
        assertThat(edited.get("apiUrl").asString()).endsWith("/api/v1/articles/" + story + "/entries/" + second);
        assertThat(body.get("items").get(0).get("updated").asBoolean()).isFalse();

        JsonNode older = json.readTree(http.get("/api/v1/articles/" + story + "/entries?limit=2&cursor=" + next)
                .body());
        assertThat(ids(older)).containsExactly(first);
        assertThat(older.get("next").isNull()).isTrue();
        JsonNode pinned = older.get("items").get(0);
        assertThat(pinned.get("pinned").asBoolean()).isTrue();
        assertThat(pinned.get("keyEvent").asBoolean()).isTrue();
        assertThat(pinned.get("title").asString()).isEqualTo("Talks resume");
        assertThat(edited.get("pinned").asBoolean()).isFalse();

        JsonNode all =
                json.readTree(http.get("/api/v1/articles/" + story + "/entries").body());
        assertThat(ids(all)).containsExactly(third, second, first).doesNotContain(draft, deleted);

        Browserless.Page one = http.get("/api/v1/articles/" + story + "/entries/" + second);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("Surrogate-Key")).contains("a:" + story);
        assertThat(json.readTree(one.body()).get("id").asLong()).isEqualTo(second);
        assertProblem("/api/v1/articles/" + story + "/entries/" + draft, 404, null);
        assertProblem("/api/v1/articles/" + story + "/entries/" + deleted, 404, null);
    }

    @Test
    void theArticleSaysItIsLiveWhenItsCoverageRanAndWhereItsEntriesAre() {
        long story = stories.story("API live article " + UUID.randomUUID()).publishedAt(stories.newest());
        long plain = stories.story("API not live " + UUID.randomUUID()).publishedAt(stories.newest());
        assertThat(json.readTree(http.get("/api/v1/articles/" + plain).body())
                        .get("live")
                        .isNull())
                .isTrue();
        assertProblem("/api/v1/articles/" + plain + "/entries", 404, null);

        live.start(story, editor);
        JsonNode running =
                json.readTree(http.get("/api/v1/articles/" + story).body()).get("live");
        assertThat(running.get("live").asBoolean()).isTrue();
        assertThat(running.get("coverageStartTime").asString()).isNotBlank();
        assertThat(running.get("coverageEndTime").isNull()).isTrue();
        assertThat(running.get("entriesUrl").asString()).endsWith("/api/v1/articles/" + story + "/entries");

        live.end(story, editor);
        JsonNode ended =
                json.readTree(http.get("/api/v1/articles/" + story).body()).get("live");
        assertThat(ended.get("live").asBoolean()).isFalse();
        assertThat(ended.get("coverageEndTime").asString()).isNotBlank();
    }

    @Test
    void aStoryReadersDoNotSeeHasNoEntriesAndBadCursorsAreProblems() {
        long hidden = stories.story("API live draft " + UUID.randomUUID()).draft();
        live.start(hidden, editor);
        long hiddenEntry = live.post(hidden, new EntryDraft(null, "Nobody reads this yet.", false, true), editor);
        assertProblem("/api/v1/articles/" + hidden + "/entries", 404, null);
        assertProblem("/api/v1/articles/" + hidden + "/entries/" + hiddenEntry, 404, null);

        long story = stories.story("API live taken down " + UUID.randomUUID()).publishedAt(stories.newest());
        live.start(story, editor);
        long entry = live.post(story, new EntryDraft(null, "Soon gone.", false, true), editor);
        assertThat(http.get("/api/v1/articles/" + story + "/entries/" + entry).status())
                .isEqualTo(200);
        assertProblem("/api/v1/articles/" + story + "/entries?cursor=abc", 400, "cursor");
        assertProblem("/api/v1/articles/" + story + "/entries?cursor=" + hiddenEntry, 400, "cursor");
        assertProblem("/api/v1/articles/" + story + "/entries?limit=1000", 400, "limit");
        assertProblem("/api/v1/articles/" + story + "/entries?colour=red", 400, "colour");
        assertProblem("/api/v1/articles/" + story + "/entries/not-a-number", 400, "entryId");

        publishing.unpublish(story, editorQueries.open(story, editor).version(), editor);
        assertProblem("/api/v1/articles/" + story + "/entries", 410, null);
        assertProblem("/api/v1/articles/" + story + "/entries/" + entry, 410, null);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private void assertProblem(String path, int status, String parameter) {
        Browserless.Page answer = http.get(path, "application/json");
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (parameter != null) {
            assertThat(problem.get("parameter").asString()).as(path).isEqualTo(parameter);
        }
    }
}
