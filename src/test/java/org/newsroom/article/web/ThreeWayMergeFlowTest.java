package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.RevisionKind;
import org.newsroom.article.RevisionSummary;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Two editors on one story, through the editor's own requests on real PostgreSQL: Ben opens the story, Ana saves, and
 * Ben's save (by hand, publishing an update, or by autosave) meets her version, merged against the one he opened.
 */
@IntegrationTest
class ThreeWayMergeFlowTest {

    private static final String BODY = "The talks opened on Monday.\n\nDelegates arrived late.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    private StaffPrincipal ana;
    private StaffPrincipal ben;
    private long desk;

    @BeforeEach
    void setUp() {
        ana = staff.create(StaffRole.EDITOR, "Ana Reyes");
        ben = staff.create(StaffRole.EDITOR, "Ben Okafor");
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @Test
    void aSaveThatMeetsChangesToOtherFieldsAndParagraphsMergesAndSaysWhoseTheyAre() throws Exception {
        long id = story("Talks open");
        Opened opened = bensEditorOpens(id);
        drafting.save(
                id,
                opened.version(),
                anas(id).toBuilder().headline("Talks open in Geneva").build(),
                ana.actor());

        var result = mvc.perform(bensSave(opened, "save", BODY + "\n\nBen's closing paragraph."))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");
        StoryInput saved = editorQueries.open(id, ben.actor()).input();
        assertThat(saved.headline()).isEqualTo("Talks open in Geneva");
        assertThat(saved.body()).isEqualTo(BODY + "\n\nBen's closing paragraph.");
        Object notice = result.getFlashMap().get("merged");
        assertThat(notice).isEqualTo("Merged with the changes of Ana Reyes. From Ana Reyes: Headline. Yours: Body.");
    }

    @Test
    void publishingAnUpdateThatMeetsAnotherSaveMergesToo() throws Exception {
        long id = story("Published talks");
        publishing.publish(id, version(id), anas(id), ana.actor());
        Opened opened = bensEditorOpens(id);
        drafting.save(
                id,
                opened.version(),
                anas(id).toBuilder().body("Ana's new lead.\n\n" + BODY).build(),
                ana.actor());

        var response = mvc.perform(bensSave(opened, "publish-update", BODY + "\n\nBen's ending.")
                        .param("publicUpdate", "true"))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");
        assertThat(editorQueries.open(id, ben.actor()).input().body())
                .isEqualTo("Ana's new lead.\n\n" + BODY + "\n\nBen's ending.");
        assertThat(storyHistory.history(id, ben.actor()).getFirst().kind()).isEqualTo(RevisionKind.UPDATE_PUBLISHED);
    }

    @Test
    void anAutosaveThatMeetsAnotherSaveAnswersTheMergedFieldsAndSavesNothing() throws Exception {
        long id = story("Autosaved talks");
        Opened opened = bensEditorOpens(id);
        drafting.save(
                id,
                opened.version(),
                anas(id).toBuilder().headline("Ana's headline").build(),
                ana.actor());
        long anas = version(id);

        var response = mvc.perform(post("/admin/articles/" + id + "/autosave")
                        .with(user(ben))
                        .with(csrf())
                        .params(form(opened, BODY + "\n\nBen's ending.")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString())
                .contains("\"status\":\"merged\"")
                .contains("\"version\":" + anas)
                .contains("\"headline\":\"Ana's headline\"")
                .contains("Ben's ending.");
        assertThat(editorQueries.open(id, ben.actor()).input().body()).isEqualTo(BODY);
        assertThat(version(id)).isEqualTo(anas);
    }

    @Test
    void aParagraphBothChangedIsAConflictAndTheTextNotTakenIsKeptInHistory() throws Exception {
        long id = story("Conflicting talks");
        Opened opened = bensEditorOpens(id);
        drafting.save(
                id,
                opened.version(),
                anas(id).toBuilder()
                        .body(BODY.replace("late", "late, said Ana"))
                        .build(),
                ana.actor());

        Document conflict = Jsoup.parse(
                mvc.perform(bensSave(opened, "save", "Ben's lead.\n\n" + BODY.replace("late", "early, said Ben")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(conflict.selectFirst("h1").text()).isEqualTo("Someone else saved this story");
        assertThat(conflict.select("input[type=radio][name=pick_paragraph_1]").eachAttr("value"))
                .containsExactlyInAnyOrder("mine", "theirs", "both");
        assertThat(conflict.select("#paragraph-1 .conflict__value").eachText())
                .containsExactly("Delegates arrived early, said Ben.", "Delegates arrived late, said Ana.");
        assertThat(conflict.select("input[type=radio][name=pick_body]")).isEmpty();
        assertThat(conflict.selectFirst("input[type=hidden][name=version]").val())
                .isEqualTo(String.valueOf(opened.version()));

        var resolved = mvc.perform(post("/admin/articles/" + id + "/resolve")
                        .with(user(ben))
                        .with(csrf())
                        .params(form(opened, "Ben's lead.\n\n" + BODY.replace("late", "early, said Ben")))
                        .param("resolution", "merge")
                        .param(
                                "theirsVersion",
                                conflict.selectFirst("input[name=theirsVersion]")
                                        .val())
                        .param("pick_paragraph_1", "theirs"))
                .andReturn()
                .getResponse();

        assertThat(resolved.getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");
        assertThat(editorQueries.open(id, ben.actor()).input().body())
                .isEqualTo("Ben's lead.\n\n" + BODY.replace("late", "late, said Ana"));
        List<RevisionSummary> history = storyHistory.history(id, ben.actor());
        assertThat(history.get(0).kind()).isEqualTo(RevisionKind.MERGED);
        assertThat(history.get(1).kind()).isEqualTo(RevisionKind.NOT_TAKEN);
        assertThat(history.get(1).createdBy()).isEqualTo("Ben Okafor");
        Document compare = Jsoup.parse(mvc.perform(get("/admin/articles/" + id + "/compare")
                        .with(user(ben))
                        .param("from", String.valueOf(history.get(1).id()))
                        .param("to", "live"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(compare.text()).contains("said Ben");
    }

    @Test
    void takingTheirsKeepsMyTextAsARevision() throws Exception {
        long id = story("Given up talks");
        Opened opened = bensEditorOpens(id);
        drafting.save(
                id, opened.version(), anas(id).toBuilder().body("Ana's body.").build(), ana.actor());

        mvc.perform(post("/admin/articles/" + id + "/resolve")
                .with(user(ben))
                .with(csrf())
                .params(form(opened, "Ben's body."))
                .param("resolution", "theirs")
                .param("theirsVersion", String.valueOf(version(id))));

        assertThat(editorQueries.open(id, ben.actor()).input().body()).isEqualTo("Ana's body.");
        RevisionSummary kept = storyHistory.history(id, ben.actor()).getFirst();
        assertThat(kept.kind()).isEqualTo(RevisionKind.NOT_TAKEN);
        assertThat(kept.createdBy()).isEqualTo("Ben Okafor");
    }

    /** Ben opens the story in the editor, which keeps the version he sees as the base of a merge. */
    private Opened bensEditorOpens(long id) throws Exception {
        Document editor =
                Jsoup.parse(mvc.perform(get("/admin/articles/" + id + "/edit").with(user(ben)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        return new Opened(
                id,
                Long.parseLong(editor.selectFirst("input[name=version]").val()),
                editorQueries.open(id, ben.actor()).input());
    }

    private MockHttpServletRequestBuilder bensSave(Opened opened, String action, String body) {
        return post("/admin/articles/" + opened.id())
                .with(user(ben))
                .with(csrf())
                .params(form(opened, body))
                .param("action", action);
    }

    /** Ben's form: the story as he opened it, with his body, and the version he opened. */
    private MultiValueMap<String, String> form(Opened opened, String body) {
        StoryInput input = opened.input();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("headline", input.headline());
        form.add("deck", input.deck() == null ? "" : input.deck());
        form.add("body", body);
        form.add("slug", input.slug());
        form.add("sectionId", String.valueOf(desk));
        form.add("tags", input.tags() == null ? "" : input.tags());
        form.add("byline", input.byline() == null ? "" : input.byline());
        form.add("language", "en");
        form.add("version", String.valueOf(opened.version()));
        return form;
    }

    private record Opened(long id, long version, StoryInput input) {}

    private long story(String headline) {
        return drafting.create(
                StoryInputs.story(headline + " " + UUID.randomUUID().toString().substring(0, 8))
                        .body(BODY)
                        .sectionId(desk)
                        .build(),
                ana.actor());
    }

    private StoryInput anas(long id) {
        return editorQueries.open(id, ana.actor()).input();
    }

    private long version(long id) {
        return editorQueries.open(id, ana.actor()).version();
    }
}
