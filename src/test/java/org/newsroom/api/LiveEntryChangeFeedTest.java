package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.distribution.ChangeCursor;
import org.newsroom.distribution.ChangeEvent;
import org.newsroom.distribution.ChangeFeed;
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
 * A live story's entries in the changes feed (V50): posted, edited (a key event marked, a pin moved) and deleted (a
 * tombstone naming its story), in order, each event naming the entry's story; a draft entry, and any entry of a story
 * readers do not see, never.
 */
@IntegrationTest
class LiveEntryChangeFeedTest {

    @Autowired
    Browserless http;

    @Autowired
    JsonMapper json;

    @Autowired
    ChangeFeed feed;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    LiveEditing live;

    private Actor editor;
    private ChangeCursor start;

    @BeforeEach
    void fromTheEndOfTheFeed() {
        editor = staff.create(StaffRole.EDITOR).actor();
        start = end(ChangeCursor.START);
    }

    @Test
    void postingEditingPinningAndDeletingGiveTheEventsInOrderAndDraftsNone() {
        // Published a minute ago: its time has come for the database's clock as for the site's.
        long story = stories.story("Feed: live " + UUID.randomUUID())
                .publishedAt(Instant.now().minusSeconds(60));
        live.start(story, editor);
        long first = live.post(story, new EntryDraft("Talks resume", "Delegations meet.", false, true), editor);
        live.edit(first, new EntryDraft("Talks resume", "Delegations meet in Geneva.", false, true), editor);
        live.markKeyEvent(first, true, editor);
        long draft = live.post(story, new EntryDraft(null, "Not for readers yet.", false, false), editor);
        live.edit(draft, new EntryDraft(null, "Still not for readers.", false, false), editor);
        long second = live.post(story, new EntryDraft(null, "Brahimi reads a letter.", false, true), editor);
        live.pin(story, second, editor);
        live.delete(second, editor);
        live.edit(draft, new EntryDraft(null, "Now for readers.", false, true), editor);

        List<JsonNode> items = entryItemsAfter(start, Set.of(first, second, draft));
        assertThat(items.stream()
                        .map(item -> item.get("type").asString() + " "
                                + item.get("id").asLong()))
                .containsExactly(
                        "live_entry.published " + first,
                        "live_entry.updated " + first,
                        "live_entry.updated " + first,
                        "live_entry.published " + second,
                        "live_entry.updated " + second,
                        "live_entry.deleted " + second,
                        "live_entry.published " + draft);

        JsonNode posted = items.getFirst();
        assertThat(posted.get("story").asLong()).isEqualTo(story);
        assertThat(posted.get("storyApiUrl").asString()).endsWith("/api/v1/articles/" + story);
        assertThat(posted.get("apiUrl").asString()).endsWith("/api/v1/articles/" + story + "/entries/" + first);
        assertThat(posted.get("url").asString())
                .contains("/test-desk/")
                .endsWith("?entry=" + first + "#entry-" + first);

        JsonNode tombstone = items.get(5);
        assertThat(tombstone.propertyNames()).containsExactlyInAnyOrder("cursor", "type", "id", "time", "story");
        assertThat(tombstone.get("story").asLong()).isEqualTo(story);
        // The deleted entry's earlier events no longer tell where it was: readers cannot see it there.
        assertThat(items.get(3).has("url")).isFalse();
    }

    @Test
    void entriesOfAStoryReadersDoNotSeeMakeNoEvent() {
        long hidden =
                stories.story("Feed: live draft story " + UUID.randomUUID()).draft();
        live.start(hidden, editor);
        long entry = live.post(hidden, new EntryDraft(null, "Nobody reads this yet.", false, true), editor);
        live.edit(entry, new EntryDraft(null, "Nobody reads this yet, edited.", false, true), editor);
        live.delete(entry, editor);

        assertThat(entryItemsAfter(start, Set.of(entry))).isEmpty();
        assertThat(drain(start))
                .noneMatch(event -> event.type().startsWith("live_entry.") && event.subjectId() == entry);
    }

    private List<JsonNode> entryItemsAfter(ChangeCursor from, Set<Long> entries) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = from.toString();
        while (true) {
            Browserless.Page page = http.get("/api/v1/changes?limit=500&after=" + cursor);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode body = json.readTree(page.body());
            if (body.get("items").isEmpty()) {
                return items;
            }
            body.get("items").forEach(item -> {
                if (item.get("type").asString().startsWith("live_entry.")
                        && entries.contains(item.get("id").asLong())) {
                    items.add(item);
                }
            });
            cursor = body.get("next").asString();
        }
    }

    private List<ChangeEvent> drain(ChangeCursor from) {
        List<ChangeEvent> all = new ArrayList<>();
        ChangeCursor cursor = from;
        List<ChangeEvent> page;
        while (!(page = feed.after(cursor, ChangeFeed.MAX_PAGE_SIZE)).isEmpty()) {
            all.addAll(page);
            cursor = page.getLast().cursor();
        }
        return all;
    }

    private ChangeCursor end(ChangeCursor from) {
        List<ChangeEvent> all = drain(from);
        return all.isEmpty() ? from : all.getLast().cursor();
    }
}
