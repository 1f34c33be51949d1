package org.newsroom.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.SseReader;
import org.newsroom.support.Staff;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Live coverage on the real database, as editors and readers see it: the entries' lifecycle on the story's page,
 * permalinks to old entries, drafts and unpublished stories never shown, the polling answer, the update stream and its
 * resumption, and the page's {@code LiveBlogPosting}.
 */
@IntegrationTest
class LiveCoverageTest {

    @Autowired
    LiveEditing live;

    @Autowired
    LiveDesk desk;

    @Autowired
    LiveReading reading;

    @Autowired
    LiveImport imports;

    @Autowired
    TestStories stories;

    @Autowired
    ArticleService articles;

    @Autowired
    Staff staff;

    @Autowired
    Browserless browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LiveProperties settings;

    @Autowired
    org.newsroom.taxonomy.SectionService sections;

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    record Story(long id, String path) {}

    Story liveStory(Actor editor) {
        long id = stories.story("Live talks " + UUID.randomUUID()).publishedAt(stories.newest());
        live.start(id, editor);
        return new Story(id, articles.findPublishedPath(id).orElseThrow());
    }

    Actor editor() {
        return staff.create(StaffRole.EDITOR, "Lyse Doucet").actor();
    }

    Document page(String path) {
        Browserless.Page page = browser.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.document();
    }

    @Test
    void entriesArePostedEditedDeletedPinnedMarkedAndTheCoverageEnds() throws Exception {
        Actor editor = editor();
        Story story = liveStory(editor);
        long first = live.post(
                story.id(), new EntryDraft("Talks resume", "The delegations are *back*.", true, true), editor);
        long second = live.post(story.id(), new EntryDraft(null, "Brahimi reads a letter.", false, true), editor);

        Document page = page(story.path());
        assertThat(page.select(".live__badge").text()).isEqualTo("Live");
        assertThat(page.select(".live__entries .live-entry").eachAttr("id"))
                .containsExactly("entry-" + second, "entry-" + first);
        assertThat(page.selectFirst("#entry-" + first + " .live-entry__title").text())
                .isEqualTo("Talks resume");
        assertThat(page.selectFirst("#entry-" + first + " .live-entry__body em").text())
                .isEqualTo("back");
        assertThat(page.selectFirst("#entry-" + first + " .live-entry__author").text())
                .isEqualTo("Lyse Doucet");
        assertThat(page.select(".live__key-events a").eachAttr("href"))
                .containsExactly("?entry=" + first + "#entry-" + first);
        assertThat(page.select("#entry-" + second + " .live-entry__updated")).isEmpty();
        assertThat(page.select("script[src*=live]")).hasSize(1);

        live.edit(second, new EntryDraft(null, "Brahimi reads a letter from Damascus.", false, true), editor);
        live.pin(story.id(), first, editor);
        page = page(story.path());
        assertThat(page.selectFirst("#entry-" + second).text())
                .contains("from Damascus")
                .contains("Updated");
        assertThat(page.selectFirst(".live__pinned").text()).contains("The delegations are back.");
        assertThat(desk.revisions(second))
                .extracting(LiveDesk.EntryRevision::bodyMarkdown)
                .containsExactly("Brahimi reads a letter from Damascus.", "Brahimi reads a letter.");

        live.markKeyEvent(first, false, editor);
        live.delete(second, editor);
        page = page(story.path());
        assertThat(page.select("#entry-" + second)).isEmpty();
        assertThat(page.body().text()).doesNotContain("Brahimi");
        assertThat(page.select(".live__key-events")).isEmpty();

        live.end(story.id(), editor);
        page = page(story.path());
        assertThat(page.select(".live__badge")).isEmpty();
        assertThat(page.selectFirst(".live__ended").text()).startsWith("This live coverage has ended");
        assertThat(page.select("script[src*=live]")).isEmpty();
        assertThatThrownBy(() -> live.post(story.id(), new EntryDraft(null, "Too late", false, true), editor))
                .hasMessageContaining("ended");

        assertThat(jdbc.sql("select action from audit_log where article_id = :id order by id")
                        .param("id", story.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "LIVE_STARTED",
                        "LIVE_ENTRY_POSTED",
                        "LIVE_ENTRY_POSTED",
                        "LIVE_ENTRY_EDITED",
                        "LIVE_ENTRY_PINNED",
                        "LIVE_ENTRY_EDITED",
                        "LIVE_ENTRY_DELETED",
                        "LIVE_ENDED");
    }

    @Test
    void anOldEntrysPermalinkShowsItAndOlderUpdatesPageByKeyset() {
        Actor editor = editor();
        Story story = liveStory(editor);
        long oldest = live.post(story.id(), new EntryDraft("The very first", "Cars arrive.", false, true), editor);
        for (int i = 0; i < settings.pageSize() + 5; i++) {
            live.post(story.id(), new EntryDraft(null, "Entry number " + i, false, true), editor);
        }

        Document newest = page(story.path());
        assertThat(newest.select(".live__entries .live-entry")).hasSize(settings.pageSize());
        assertThat(newest.select("#entry-" + oldest)).isEmpty();
        Element older = newest.selectFirst(".live__pages a[rel=next]");
        assertThat(older.attr("href")).startsWith(story.path() + "?before=");

        Document second = page(older.attr("href"));
        assertThat(second.select("#entry-" + oldest)).hasSize(1);
        assertThat(second.select(".live__entries .live-entry")).hasSize(6);
        assertThat(second.select(".live__pages a[rel=next]")).isEmpty();

        Document permalink = page(story.path() + "?entry=" + oldest);
        assertThat(permalink.select("#entry-" + oldest + " .live-entry__title").text())
                .isEqualTo("The very first");
        assertThat(permalink
                        .selectFirst("#entry-" + oldest + " a.live-entry__time")
                        .attr("href"))
                .isEqualTo("?entry=" + oldest + "#entry-" + oldest);
        assertThat(permalink.selectFirst(".live__pages").text()).contains("Latest updates");
    }

    @Test
    void draftsOfEntriesAndTheCoverageOfUnpublishedStoriesAreNeverShown() throws Exception {
        Actor editor = editor();
        Story story = liveStory(editor);
        long change = reading.changesSince(story.id(), 0, 100).change();
        long draft = live.post(story.id(), new EntryDraft("Secret", "Not for readers yet.", false, false), editor);

        assertThat(page(story.path()).body().text()).doesNotContain("Not for readers yet.");
        assertThat(page(story.path() + "?entry=" + draft).select("#entry-" + draft))
                .isEmpty();
        assertThat(browser.get("/live/" + story.id() + "/since?after=" + change).body())
                .doesNotContain("Not for readers");
        assertThat(reading.changesSince(story.id(), change, 100).entries()).isEmpty();

        live.edit(draft, new EntryDraft("Secret", "Now for readers.", false, true), editor);
        assertThat(page(story.path()).selectFirst("#entry-" + draft).text())
                .contains("Now for readers.")
                .doesNotContain("Updated");

        long unpublished = stories.story("Never published " + UUID.randomUUID()).draft();
        live.start(unpublished, editor);
        live.post(unpublished, new EntryDraft(null, "Hidden entry", false, true), editor);
        assertThat(browser.get("/live/" + unpublished + "/since?after=0").status())
                .isEqualTo(404);
        assertThat(browser.get("/live/" + unpublished + "/stream").status()).isEqualTo(404);

        long notLive = stories.story("Not live " + UUID.randomUUID()).publishedAt(stories.newest());
        assertThat(browser.get("/live/" + notLive + "/since?after=0").status()).isEqualTo(404);
        Document plain = page(articles.findPublishedPath(notLive).orElseThrow());
        assertThat(plain.select(".live")).isEmpty();
        assertThat(plain.select("script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void thePollingAnswerListsWhatChangedSinceANumberAndIsCacheable() throws Exception {
        Actor editor = editor();
        Story story = liveStory(editor);
        long a = live.post(story.id(), new EntryDraft(null, "First", false, true), editor);
        long after = json.readTree(
                        browser.get("/live/" + story.id() + "/since?after=0").body())
                .get("change")
                .asLong();

        long b = live.post(story.id(), new EntryDraft(null, "Second", false, true), editor);
        live.edit(a, new EntryDraft(null, "First, corrected", false, true), editor);
        Browserless.Page since = browser.get("/live/" + story.id() + "/since?after=" + after);
        assertThat(since.header("Cache-Control")).contains("public").contains("max-age=5");
        assertThat(since.header("Surrogate-Key")).contains("a:" + story.id());
        JsonNode changes = json.readTree(since.body());
        assertThat(changes.get("entries").valueStream().map(e -> e.get("id").asLong()))
                .containsExactly(b, a);
        assertThat(changes.get("entries").get(1).get("html").asString()).contains("First, corrected");
        assertThat(changes.get("ended").asBoolean()).isFalse();

        live.delete(b, editor);
        live.end(story.id(), editor);
        JsonNode last = json.readTree(browser.get("/live/" + story.id() + "/since?after="
                        + changes.get("change").asLong())
                .body());
        assertThat(last.get("entries").get(0).get("id").asLong()).isEqualTo(b);
        assertThat(last.get("entries").get(0).get("deleted").asBoolean()).isTrue();
        assertThat(last.get("ended").asBoolean()).isTrue();
    }

    @Test
    void anEntryPostedReachesAnOpenStreamAndAReconnectionGetsWhatItMissed() throws Exception {
        Actor editor = editor();
        Story story = liveStory(editor);
        String url = "http://localhost:" + port + "/live/" + story.id() + "/stream";
        long seen;
        try (SseReader stream = SseReader.open(url, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-store");
            long entry = live.post(story.id(), new EntryDraft(null, "Streamed entry", false, true), editor);
            SseReader.Event event = stream.next(e -> e.data().contains("Streamed entry"));
            assertThat(event.name()).isEqualTo("changes");
            JsonNode data = json.readTree(event.data());
            assertThat(data.get("entries").get(0).get("id").asLong()).isEqualTo(entry);
            seen = Long.parseLong(event.id());
            assertThat(data.get("change").asLong()).isEqualTo(seen);
        }

        long missed = live.post(story.id(), new EntryDraft(null, "Posted while away", false, true), editor);
        try (SseReader again = SseReader.open(url, Long.toString(seen))) {
            SseReader.Event event = again.next(e -> e.name().equals("changes"));
            JsonNode data = json.readTree(event.data());
            assertThat(data.get("entries").valueStream().map(e -> e.get("id").asLong()))
                    .containsExactly(missed);
            live.end(story.id(), editor);
            assertThat(json.readTree(again.next(e -> e.data().contains("\"ended\":true"))
                                    .data())
                            .get("ended")
                            .asBoolean())
                    .isTrue();
        }
    }

    @Test
    void thePageCarriesAValidLiveBlogPosting() throws Exception {
        Actor editor = editor();
        Story story = liveStory(editor);
        long entry = live.post(
                story.id(), new EntryDraft("Talks resume", "Delegations meet at <b>10:00</b>.", true, true), editor);
        JsonNode posting = liveBlogPosting(page(story.path()));
        LiveBlogPostingSchema.assertValid(posting);
        assertThat(posting.has("coverageEndTime")).isFalse();
        JsonNode update = posting.get("liveBlogUpdate").get(0);
        assertThat(update.get("headline").asString()).isEqualTo("Talks resume");
        assertThat(update.get("url").asString()).endsWith(story.path() + "?entry=" + entry + "#entry-" + entry);
        assertThat(update.get("articleBody").asString()).isEqualTo("Delegations meet at 10:00.");

        live.end(story.id(), editor);
        JsonNode ended = liveBlogPosting(page(story.path()));
        LiveBlogPostingSchema.assertValid(ended);
        assertThat(ended.get("coverageEndTime").asString()).isNotBlank();
    }

    /** The schema the page is held to bites: each of these breaks a rule a search engine reads it by. */
    @Test
    void theLiveBlogPostingSchemaRejectsWhatSearchEnginesWouldNot() {
        Actor editor = editor();
        Story story = liveStory(editor);
        live.post(story.id(), new EntryDraft("Talks resume", "Delegations meet.", true, true), editor);
        JsonNode valid = liveBlogPosting(page(story.path()));
        assertThat(LiveBlogPostingSchema.errors(valid)).isEmpty();

        ObjectNode noStart = (ObjectNode) valid.deepCopy();
        noStart.remove("coverageStartTime");
        ObjectNode misspelt = (ObjectNode) valid.deepCopy();
        misspelt.set("coverageStartTme", misspelt.get("coverageStartTime"));
        ObjectNode newsArticle = (ObjectNode) valid.deepCopy();
        newsArticle.put("@type", "NewsArticle");
        ObjectNode noZone = (ObjectNode) valid.deepCopy();
        noZone.put("coverageStartTime", "2014-02-10T09:05:00");
        ObjectNode updateWithoutUrl = (ObjectNode) valid.deepCopy();
        ((ObjectNode) updateWithoutUrl.get("liveBlogUpdate").get(0)).remove("url");
        ObjectNode updateAsArticle = (ObjectNode) valid.deepCopy();
        ((ObjectNode) updateAsArticle.get("liveBlogUpdate").get(0)).put("@type", "Article");
        ObjectNode updatesNotAList = (ObjectNode) valid.deepCopy();
        updatesNotAList.set("liveBlogUpdate", valid.get("liveBlogUpdate").get(0));
        for (ObjectNode invalid :
                List.of(noStart, misspelt, newsArticle, noZone, updateWithoutUrl, updateAsArticle, updatesNotAList)) {
            assertThat(LiveBlogPostingSchema.errors(invalid))
                    .as(invalid.toString())
                    .isNotEmpty();
        }
    }

    /**
     * Coverage that already happened (the demo's) keeps its times, authors and pin: the page shows it as it was, its
     * texts are first revisions by their authors, and nobody's action is audited.
     */
    @Test
    void pastCoverageIsImportedWithItsTimesAuthorsAndPin() {
        long id = stories.story("Past coverage " + UUID.randomUUID()).publishedAt(stories.newest());
        String path = articles.findPublishedPath(id).orElseThrow();
        java.time.Instant start = java.time.Instant.parse("2014-02-10T08:30:00Z");
        // Listed out of order: the import posts them by their times.
        imports.importCoverage(
                id,
                new PastCoverage(
                        start,
                        "Claire Dumont",
                        start.plusSeconds(8 * 3600),
                        List.of(
                                new PastCoverage.Entry(
                                        start.plusSeconds(6 * 3600),
                                        "Homs evacuation agreed",
                                        "Buses leave the old city.",
                                        "Claire Dumont",
                                        true,
                                        true),
                                new PastCoverage.Entry(
                                        start, null, "Good morning from Geneva.", "Sami Khoury", false, false),
                                new PastCoverage.Entry(
                                        start.plusSeconds(1800),
                                        "Talks resume",
                                        "The delegations are *back*.",
                                        "Claire Dumont",
                                        true,
                                        false))));

        Document page = page(path);
        assertThat(page.select(".live__entries .live-entry__body").eachText())
                .containsExactly("Buses leave the old city.", "The delegations are back.", "Good morning from Geneva.");
        assertThat(page.select(".live__entries .live-entry time").eachAttr("datetime"))
                .containsExactly("2014-02-10T14:30:00Z", "2014-02-10T09:00:00Z", "2014-02-10T08:30:00Z");
        assertThat(page.select(".live__entries .live-entry__author").eachText())
                .containsExactly("Claire Dumont", "Claire Dumont", "Sami Khoury");
        assertThat(page.select(".live__key-events a span").eachText())
                .containsExactly("Homs evacuation agreed", "Talks resume");
        assertThat(page.selectFirst(".live__pinned").text()).contains("Buses leave the old city.");
        assertThat(page.selectFirst(".live__ended").text()).startsWith("This live coverage has ended");
        assertThat(page.select(".live__entries .live-entry__updated")).isEmpty();
        LiveBlogPostingSchema.assertValid(liveBlogPosting(page));
        assertThat(liveBlogPosting(page).get("coverageStartTime").asString()).isEqualTo("2014-02-10T08:30:00Z");

        long entry = desk.editableEntries(id).getLast().id();
        assertThat(desk.revisions(entry))
                .extracting(LiveDesk.EntryRevision::revision, LiveDesk.EntryRevision::savedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Sami Khoury"));
        assertThat(jdbc.sql("select count(*) from audit_log where article_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThatThrownBy(() -> imports.importCoverage(id, new PastCoverage(start, "Again", null, List.of())))
                .hasMessageContaining("already");
    }

    @Test
    void pastCoverageWithEntriesOutsideItsTimeOrTwoPinsIsRefused() {
        long id = stories.story("Refused coverage " + UUID.randomUUID()).publishedAt(stories.newest());
        java.time.Instant start = java.time.Instant.parse("2014-02-10T08:30:00Z");
        java.time.Instant end = start.plusSeconds(3600);
        PastCoverage.Entry before = new PastCoverage.Entry(start.minusSeconds(60), null, "Early", "A", false, false);
        PastCoverage.Entry after = new PastCoverage.Entry(end.plusSeconds(60), null, "Late", "A", false, false);
        PastCoverage.Entry pinned = new PastCoverage.Entry(start, null, "Pinned", "A", false, true);
        PastCoverage.Entry anonymous = new PastCoverage.Entry(start, null, "By nobody", " ", false, false);

        for (PastCoverage refused : List.of(
                new PastCoverage(start, "A", end, List.of(before)),
                new PastCoverage(start, "A", end, List.of(after)),
                new PastCoverage(start, "A", end, List.of(pinned, pinned)),
                new PastCoverage(start, "A", end, List.of(anonymous)),
                new PastCoverage(end, "A", start, List.of()))) {
            assertThatThrownBy(() -> imports.importCoverage(id, refused))
                    .as(refused.toString())
                    .isInstanceOf(org.newsroom.platform.RuleViolation.class);
        }
        assertThat(desk.findStory(id)).isEmpty();
        long draft = stories.story("Unpublished coverage " + UUID.randomUUID()).draft();
        assertThatThrownBy(() -> imports.importCoverage(draft, new PastCoverage(start, "A", null, List.of())))
                .isInstanceOf(LiveEntryNotFoundException.class);
    }

    /** The demo content's live story of the Geneva II talks, as readers and search engines see it. */
    @Test
    void theDemoLiveStoryOfTheGenevaTalksIsAValidLiveBlogPosting() {
        Document page = page("/middle-east/2014/02/10/geneva-ii-talks-live");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Geneva II talks: live");
        assertThat(page.selectFirst(".live__pinned .live-entry__title").text())
                .isEqualTo("Homs evacuation agreed for three more days");
        assertThat(page.select(".live__key-events a span").eachText())
                .containsExactly("Homs evacuation agreed for three more days", "Talks resume");
        assertThat(page.select(".live__entries .live-entry")).hasSize(7);
        assertThat(page.select(".live__entries .live-entry__title").eachText())
                .containsExactly(
                        "That’s all for today",
                        "Homs evacuation agreed for three more days",
                        "Brahimi’s letter to both delegations",
                        "Talks resume");
        assertThat(page.selectFirst(".live__ended").text()).startsWith("This live coverage has ended");
        JsonNode posting = liveBlogPosting(page);
        LiveBlogPostingSchema.assertValid(posting);
        assertThat(posting.get("coverageStartTime").asString()).isEqualTo("2014-02-10T08:30:00Z");
        assertThat(posting.get("coverageEndTime").asString()).isEqualTo("2014-02-10T17:05:00Z");
        assertThat(posting.get("liveBlogUpdate")).hasSize(7);
    }

    @Test
    void aLiveStorysPagesAreValidHtml() throws Exception {
        Actor editor = editor();
        Story story = liveStory(editor);
        long first = live.post(story.id(), new EntryDraft("Talks resume", "Delegations *meet*.", true, true), editor);
        live.post(story.id(), new EntryDraft(null, "Brahimi's letter & the Homs truce.", false, true), editor);
        live.pin(story.id(), first, editor);
        for (String path : List.of(story.path(), story.path() + "?entry=" + first)) {
            nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
            validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.TEXT);
            validator.setNoLangDetect(false);
            String report = validator.validate(new java.io.ByteArrayInputStream(
                    browser.get(path).body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(report).as(path).isEqualTo("Document checking completed. No errors found.\n");
        }
    }

    @Test
    void theStorysAtomEntryListsItsUpdates() {
        Actor editor = editor();
        String desk = "live-desk-" + UUID.randomUUID().toString().substring(0, 8);
        sections.ensureSection(desk, "Live desk", null, 90);
        long id = stories.story("Live in the feed " + UUID.randomUUID())
                .section(desk)
                .publishedAt(stories.newest());
        live.start(id, editor);
        long entry = live.post(id, new EntryDraft("Homs evacuation", "Buses leave the old city.", true, true), editor);
        live.post(id, new EntryDraft(null, "A draft no feed shows", false, false), editor);

        Document feed = org.jsoup.Jsoup.parse(
                browser.get("/" + desk + "/feed.atom", "application/atom+xml").body(),
                "",
                org.jsoup.parser.Parser.xmlParser());
        Element content = feed.selectFirst("entry > content[type=html]");
        assertThat(content).isNotNull();
        Document updates = org.jsoup.Jsoup.parse(content.text());
        assertThat(updates.select("li").text()).contains("Homs evacuation").doesNotContain("draft");
        assertThat(updates.selectFirst("li a").attr("href"))
                .endsWith(articles.findPublishedPath(id).orElseThrow() + "?entry=" + entry + "#entry-" + entry);
    }

    @Test
    void editorsPostFromTheAdminScreenAndWritersMayNot() throws Exception {
        Actor editor = editor();
        Story story = liveStory(editor);
        StaffPrincipal writer = staff.create(StaffRole.WRITER);
        mvc.perform(post("/admin/live/" + story.id() + "/entries")
                        .param("body", "From a writer")
                        .param("action", "post")
                        .with(user(writer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        StaffPrincipal editorUser = staff.create(StaffRole.EDITOR);
        mvc.perform(post("/admin/live/" + story.id() + "/entries")
                        .param("title", "From the form")
                        .param("body", "Posted from the **admin** form")
                        .param("keyEvent", "true")
                        .param("action", "post")
                        .with(user(editorUser))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/live/" + story.id() + "/entries")
                        .param("body", "Not a key event, its box left unticked")
                        .param("action", "post")
                        .with(user(editorUser))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document page = page(story.path());
        assertThat(page.select(".live-entry__body strong").text()).isEqualTo("admin");
        assertThat(page.select(".live__entries").text()).contains("its box left unticked");
        assertThat(page.select(".live__key-events").text()).contains("From the form");
        assertThat(page.body().text()).doesNotContain("From a writer");
    }

    private JsonNode liveBlogPosting(Document page) {
        List<JsonNode> found = page.select("script[type=application/ld+json]").stream()
                .flatMap(s -> json.readTree(s.data()).valueStream())
                .filter(n -> n.path("@type").asString().equals("LiveBlogPosting"))
                .toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
