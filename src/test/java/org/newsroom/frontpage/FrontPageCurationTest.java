package org.newsroom.frontpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.platform.RuleViolation;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestClock;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Editors choose the front page's stories; readers get them first, in that order, from the first request after the
 * publication (the page cache is emptied at once), and never a story they cannot open.
 */
@IntegrationTest
class FrontPageCurationTest {

    @Autowired
    FrontCuration curation;

    @Autowired
    FrontScheduler scheduler;

    @Autowired
    TestStories stories;

    @Autowired
    ArticleService articles;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    Browserless browser;

    @Autowired
    Staff staff;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private Actor editor;

    @BeforeEach
    void anEditor() {
        editor = staff.create(StaffRole.EDITOR, "Front Editor " + AdminRequests.unique())
                .actor();
    }

    /** The other tests of the suite expect the newest story as the lead: the front goes back to no chosen stories. */
    @AfterEach
    void backToTheLatestStories() {
        clock.reset();
        curation.publish(FrontKey.FRONT, List.of(), editor);
    }

    @Test
    void theChosenLeadAndTopStoriesComeFirstOnTheReadersFrontPageInTheirOrder() {
        long first = older("Geneva II talks open");
        long second = older("Aid convoy reaches Homs");
        long third = older("Ceasefire holds in the north");
        assertThat(leadHeadline(browser.get("/").document())).isNotEqualTo(headline(first));

        curation.publish(
                FrontKey.FRONT,
                List.of(
                        FrontSlot.of(first),
                        new FrontSlot(third, "Northern truce holds", "A shorter deck for the front", null),
                        FrontSlot.of(second)),
                editor);

        Document front = browser.get("/").document();
        assertThat(leadHeadline(front)).isEqualTo(headline(first));
        assertThat(front.select(".top-stories .card__headline").eachText())
                .startsWith("Northern truce holds", headline(second));
        assertThat(front.select(".top-stories .card__deck").first().text()).isEqualTo("A shorter deck for the front");
        for (long id : List.of(first, second, third)) {
            assertThat(front.select("main a[href=" + path(id) + "]"))
                    .as("links to story %s (chosen stories are not repeated below)", id)
                    .hasSize(1);
        }
        String itemList = front.select("script[type=application/ld+json]").stream()
                .map(Element::data)
                .filter(json -> json.contains("\"ItemList\""))
                .findFirst()
                .orElseThrow();
        assertThat(itemList.indexOf(path(first))).isPositive().isLessThan(itemList.indexOf(path(third)));
        assertThat(itemList.indexOf(path(third))).isLessThan(itemList.indexOf(path(second)));

        // The article keeps its own headline.
        assertThat(browser.get(path(third)).document().select("h1").text()).contains(headline(third));
    }

    @Test
    void aWorkingCopyIsSeenInThePreviewOnlyUntilItIsPublished() throws Exception {
        long live = older("The live lead");
        long draft = older("The lead still being arranged");
        curation.publish(FrontKey.FRONT, List.of(FrontSlot.of(live)), editor);

        curation.save(FrontKey.FRONT, List.of(FrontSlot.of(draft)), editor);

        assertThat(leadHeadline(browser.get("/").document())).isEqualTo(headline(live));
        Document preview =
                AdminRequests.html(mvc.perform(get("/admin/front/preview").with(AdminRequests.editor()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(leadHeadline(preview)).isEqualTo(headline(draft));
        assertThat(preview.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(curation.open(FrontKey.FRONT, editor).hasUnpublishedChanges())
                .isTrue();
    }

    @Test
    void unpublishingTheLeadRefillsItsSlotAtOnceAndTheEditorsSeeItNeedsAttention() {
        long lead = older("A lead to be taken down");
        long next = older("The story after it");
        curation.publish(FrontKey.FRONT, List.of(FrontSlot.of(lead), FrontSlot.of(next)), editor);
        assertThat(leadHeadline(browser.get("/").document())).isEqualTo(headline(lead));
        String leadPath = path(lead);

        publishing.unpublish(lead, editorQueries.open(lead, editor).version(), editor);

        Document front = browser.get("/").document();
        assertThat(leadHeadline(front)).isEqualTo(headline(next));
        assertThat(front.select("main a[href=" + leadPath + "]")).isEmpty();
        assertThat(front.select(".top-stories .card")).hasSize(4);
        FrontEditorView view = curation.open(FrontKey.FRONT, editor);
        assertThat(view.liveNeedsAttention()).isOne();
        assertThat(view.slots().getFirst().attention()).contains("not published");
        assertThat(view.slots().get(1).needsAttention()).isFalse();
    }

    @Test
    void aChosenStoryWhoseTimeHasNotComeLeavesItsPlaceToTheNextOne() {
        var embargoed = stories.story("Embargoed front story " + UUID.randomUUID());
        long due = embargoed.publishedAt(Instant.now().plus(Duration.ofHours(3)));
        try {
            long next = older("Shown in place of the embargoed story");
            curation.publish(FrontKey.FRONT, List.of(FrontSlot.of(due), FrontSlot.of(next)), editor);

            Document front = browser.get("/").document();
            assertThat(leadHeadline(front)).isEqualTo(headline(next));
            assertThat(front.html()).doesNotContain(embargoed.slug());
            assertThat(curation.open(FrontKey.FRONT, editor).slots().getFirst().attention())
                    .contains("time has not come");
        } finally {
            // Taken down whatever happens: the clock's reset would bring its time to the present, and it would show.
            jdbc.sql("update articles set status = 'UNPUBLISHED' where id = :id")
                    .param("id", due)
                    .update();
        }
    }

    @Test
    void aScheduledArrangementGoesOutOnceWithSeveralInstancesSchedulersRunning() throws Exception {
        long morning = older("The morning lead");
        curation.schedule(
                FrontKey.FRONT, List.of(FrontSlot.of(morning)), clock.instant().plus(Duration.ofHours(1)), editor);
        assertThat(scheduler.publishDue()).isZero();
        assertThat(leadHeadline(browser.get("/").document())).isNotEqualTo(headline(morning));

        clock.advance(Duration.ofMinutes(61));
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        var runs = new java.util.ArrayList<Future<Integer>>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return scheduler.publishDue();
            }));
        }
        start.countDown();
        int sent = 0;
        for (var run : runs) {
            sent += run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(sent).isOne();
        assertThat(leadHeadline(browser.get("/").document())).isEqualTo(headline(morning));
        List<FrontRevision> revisions = curation.open(FrontKey.FRONT, editor).revisions();
        assertThat(revisions.getFirst().live()).isTrue();
        assertThat(revisions.getFirst().scheduledFor()).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'FRONT_PUBLISHED' and actor_name = :name")
                        .param("name", editor.name() + " (scheduled)")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(curation.open(FrontKey.FRONT, editor).scheduled()).isEmpty();
    }

    @Test
    void aCancelledScheduleNeverGoesOut() {
        long story = older("Never the lead");
        long revision = curation.schedule(
                FrontKey.FRONT, List.of(FrontSlot.of(story)), clock.instant().plus(Duration.ofHours(1)), editor);
        curation.cancelSchedule(FrontKey.FRONT, revision, editor);
        clock.advance(Duration.ofHours(2));

        assertThat(scheduler.publishDue()).isZero();
        assertThat(leadHeadline(browser.get("/").document())).isNotEqualTo(headline(story));
    }

    @Test
    void revisionsSayWhoAndWhenAndAnEarlierOneCanBeComparedAndRestored() {
        long a = older("Lead of the first arrangement");
        long b = older("Lead of the second arrangement");
        long firstRevision = curation.publish(FrontKey.FRONT, List.of(FrontSlot.of(a)), editor);
        long secondRevision = curation.publish(FrontKey.FRONT, List.of(FrontSlot.of(b), FrontSlot.of(a)), editor);

        FrontComparison comparison = curation.compare(FrontKey.FRONT, firstRevision, secondRevision, editor);
        assertThat(comparison.rows()).hasSize(2);
        assertThat(comparison.rows().getFirst().changed()).isTrue();
        assertThat(comparison.rows().getFirst().left()).contains(headline(a));
        assertThat(comparison.rows().getFirst().right()).contains(headline(b));
        assertThat(comparison.rows().get(1).left()).isNull();

        long restored = curation.restore(FrontKey.FRONT, firstRevision, editor);

        assertThat(leadHeadline(browser.get("/").document())).isEqualTo(headline(a));
        FrontRevision latest = curation.open(FrontKey.FRONT, editor).revisions().getFirst();
        assertThat(latest.id()).isEqualTo(restored);
        assertThat(latest.restoredFrom()).isEqualTo(firstRevision);
        assertThat(latest.createdBy()).isEqualTo(editor.name());
        assertThat(latest.publishedAt()).isNotNull();
        assertThat(jdbc.sql("select action from audit_log where actor_id = :id and subject = 'Front page' order by id")
                        .param("id", editor.id())
                        .query(String.class)
                        .list())
                .containsExactly("FRONT_PUBLISHED", "FRONT_PUBLISHED", "FRONT_RESTORED");
    }

    @Test
    void aStoryTakesOnePlaceAndOnlyEditorsArrangeTheFront() {
        long story = older("Chosen twice");
        assertThatThrownBy(
                        () -> curation.save(FrontKey.FRONT, List.of(FrontSlot.of(story), FrontSlot.of(story)), editor))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> curation.save(
                        FrontKey.FRONT, List.of(new FrontSlot(story, null, null, Long.MAX_VALUE)), editor))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no image");
        Actor writer = staff.create(StaffRole.WRITER).actor();
        assertThatThrownBy(() -> curation.publish(FrontKey.FRONT, List.of(FrontSlot.of(story)), writer))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aWriterIsRefusedTheFrontsScreenAndItsButtons() throws Exception {
        mvc.perform(get("/admin/front").with(AdminRequests.writer())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/front/preview").with(AdminRequests.writer())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/front")
                        .param("publish", "1")
                        .with(AdminRequests.writer())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/front").with(AdminRequests.editor())).andExpect(status().isOk());
    }

    @Test
    void withoutScriptTheButtonsAndPositionFieldsArrangeTheWorkingCopy() throws Exception {
        long a = older("Button story A");
        long b = older("Button story B");
        long c = older("Button story C");
        var me = AdminRequests.as(editor.id(), StaffRole.EDITOR);
        mvc.perform(post("/admin/front")
                        .param("lead", String.valueOf(a))
                        .with(me)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/front")
                        .param("slots[0].articleId", String.valueOf(a))
                        .param("slots[0].position", "1")
                        .param("add", String.valueOf(b))
                        .with(me)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/front")
                        .param("slots[0].articleId", String.valueOf(a))
                        .param("slots[1].articleId", String.valueOf(b))
                        .param("add", String.valueOf(c))
                        .with(me)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Down on the lead, then C typed into position 1 with a front headline.
        mvc.perform(post("/admin/front")
                        .param("slots[0].articleId", String.valueOf(a))
                        .param("slots[1].articleId", String.valueOf(b))
                        .param("slots[2].articleId", String.valueOf(c))
                        .param("down", "0")
                        .with(me)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(order()).containsExactly(b, a, c);
        mvc.perform(post("/admin/front")
                        .param("slots[0].articleId", String.valueOf(b))
                        .param("slots[0].position", "1")
                        .param("slots[1].articleId", String.valueOf(a))
                        .param("slots[1].position", "2")
                        .param("slots[2].articleId", String.valueOf(c))
                        .param("slots[2].position", "1")
                        .param("slots[2].headline", "C on the front")
                        .param("save", "1")
                        .with(me)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(order()).containsExactly(c, b, a);
        assertThat(curation.open(FrontKey.FRONT, editor).slots().getFirst().headline())
                .isEqualTo("C on the front");

        // A bad position is refused with a message, and what was typed stays in the form.
        Document refused = AdminRequests.html(mvc.perform(post("/admin/front")
                        .param("slots[0].articleId", String.valueOf(c))
                        .param("slots[0].position", "first")
                        .param("slots[0].headline", "Typed and kept")
                        .param("save", "1")
                        .with(me)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(refused.select(".notice--error").text()).contains("whole numbers");
        assertThat(refused.getElementById("slots0.headline").val()).isEqualTo("Typed and kept");
    }

    @Test
    void aSectionFrontPinsItsOwnStoriesAboveTheSectionsLatest() {
        String slug = "front-desk-" + AdminRequests.unique();
        long pinned = stories.story("Pinned in the section " + UUID.randomUUID())
                .section(slug)
                .publishedAt(Instant.now().minus(Duration.ofDays(3)));
        long newer = stories.story("Newer in the section " + UUID.randomUUID())
                .section(slug)
                .publishedAt(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(firstListed("/" + slug)).isEqualTo(headline(newer));

        long section =
                articles.visibleAmong(List.of(pinned)).getFirst().section().id();
        curation.publish(FrontKey.section(section), List.of(FrontSlot.of(pinned)), editor);

        Document page = browser.get("/" + slug).document();
        assertThat(firstListed("/" + slug)).isEqualTo(headline(pinned));
        assertThat(page.select("main a[href=" + path(pinned) + "]")).hasSize(1);
        assertThat(page.html()).contains(path(newer));
        assertThat(leadHeadline(browser.get("/").document())).isNotEqualTo(headline(pinned));
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where action = 'FRONT_PUBLISHED' and subject like 'Section front: %'"
                                        + " and actor_id = :id")
                        .param("id", editor.id())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private List<Long> order() {
        return curation.open(FrontKey.FRONT, editor).slots().stream()
                .map(FrontEditorView.Slot::articleId)
                .toList();
    }

    /** A story published days ago, so that it would not be near the top of the latest stories by itself. */
    private long older(String headline) {
        return stories.story(headline + " " + UUID.randomUUID())
                .publishedAt(Instant.now().minus(Duration.ofDays(2)));
    }

    private String headline(long id) {
        return articles.states(List.of(id)).get(id).headline();
    }

    private String path(long id) {
        return editorQueries.open(id, editor).livePath();
    }

    private String firstListed(String path) {
        return browser.get(path).document().select("main .stories a, main ul a").stream()
                .filter(a -> a.attr("href").matches("/[a-z0-9-]+/\\d{4}/\\d{2}/\\d{2}/.*"))
                .findFirst()
                .orElseThrow()
                .text();
    }

    private static String leadHeadline(Document front) {
        Element lead = front.selectFirst(".lead-story__headline");
        return lead == null ? null : lead.text();
    }
}
