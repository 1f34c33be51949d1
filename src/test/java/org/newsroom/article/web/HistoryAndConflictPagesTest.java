package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.article.RevisionKind;
import org.newsroom.article.StoryField;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HistoryAndConflictPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    DraftingService drafting;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    private StaffPrincipal editor;
    private long desk;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR);
        desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    @Test
    void theHistoryPageListsRevisionsAndTheComparePageShowsChangedWords() throws Exception {
        long id = drafting.create(input("History page " + UUID.randomUUID(), "Old words here."), editor.actor());
        String headline = editorQueries.open(id, editor.actor()).input().headline();
        drafting.save(id, version(id), input(headline, "New words here."), editor.actor());
        long first = storyHistory.history(id, editor.actor()).getLast().id();

        Document history = page("/admin/articles/" + id + "/history");
        Document compare = page("/admin/articles/" + id + "/compare?from=" + first + "&to=live");

        assertThat(history.select("table tbody tr")).hasSize(3);
        assertThat(history.select("button[form^=restore-]")).hasSize(2);
        assertThat(compare.select("del").eachText()).contains("Old");
        assertThat(compare.select("ins").eachText()).contains("New");
    }

    @Test
    void theConflictScreenMergesFieldByField() throws Exception {
        long id = drafting.create(input("Conflict page " + UUID.randomUUID(), "Original body."), editor.actor());
        String original = editorQueries.open(id, editor.actor()).input().headline();
        long opened = version(id);
        drafting.save(id, opened, input("Their headline", "Original body."), editor.actor());

        Document conflict = Jsoup.parse(mvc.perform(post("/admin/articles/" + id)
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "save")
                        .param("headline", original)
                        .param("body", "My body.")
                        .param("sectionId", String.valueOf(desk))
                        .param("language", "en")
                        .param("version", String.valueOf(opened)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        long theirsVersion =
                Long.parseLong(conflict.selectFirst("input[name=theirsVersion]").val());
        assertThat(conflict.select("input[type=radio][name=pick_headline]")).hasSize(2);
        assertThat(conflict.select("input[type=radio][name=pick_body]")).hasSize(2);
        assertThat(conflict.select("input[type=hidden]").eachAttr("name"))
                .as("what this editor typed, every field of it, goes back with their choice")
                .containsAll(StoryField.allFormFields());
        assertThat(conflict.selectFirst("input[type=hidden][name=body]").val()).isEqualTo("My body.");

        var resolved = mvc.perform(post("/admin/articles/" + id + "/resolve")
                        .with(user(editor))
                        .with(csrf())
                        .param("resolution", "merge")
                        .param("theirsVersion", String.valueOf(theirsVersion))
                        .param("pick_headline", "theirs")
                        .param("pick_body", "mine")
                        .param("headline", original)
                        .param("body", "My body.")
                        .param("sectionId", String.valueOf(desk))
                        .param("language", "en"))
                .andReturn()
                .getResponse();

        assertThat(resolved.getRedirectedUrl()).isEqualTo("/admin/articles/" + id + "/edit");
        var merged = editorQueries.open(id, editor.actor()).input();
        assertThat(merged.headline()).isEqualTo("Their headline");
        assertThat(merged.body()).isEqualTo("My body.");
        assertThat(storyHistory.history(id, editor.actor()).getFirst().kind()).isEqualTo(RevisionKind.MERGED);
    }

    @Test
    void theConflictScreenNamesLanguagesMarksEveryEmptyFieldAlikeAndSaysWhoSavedTheirs() throws Exception {
        StaffPrincipal ana = staff.create(StaffRole.EDITOR, "Ana Reyes");
        long id = drafting.create(input("Languages " + UUID.randomUUID(), "Body."), editor.actor());
        StoryInput opened = editorQueries.open(id, editor.actor()).input();
        long version = version(id);
        drafting.save(
                id,
                version,
                StoryInputs.story(opened.headline())
                        .deck("Their deck")
                        .body("Body.")
                        .sectionId(desk)
                        .language("fr")
                        .build(),
                ana.actor());

        Document conflict = Jsoup.parse(mvc.perform(post("/admin/articles/" + id)
                        .with(user(editor))
                        .with(csrf())
                        .param("action", "save")
                        .param("headline", opened.headline())
                        .param("deck", "")
                        .param("body", "My body.")
                        .param("sectionId", String.valueOf(desk))
                        .param("language", "en")
                        .param("version", String.valueOf(version)))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(row(conflict, "pick_language").select(".conflict__value").eachText())
                .containsExactly("English", "French");
        assertThat(row(conflict, "pick_deck").select(".conflict__value").eachText())
                .containsExactly("(empty)", "Their deck");
        // Every empty value, whatever the field, is the same marker; none is blank or a dash.
        for (Element value : conflict.select(".conflict__value")) {
            assertThat(value.text()).isNotBlank().isNotEqualTo("—");
            if (value.text().equals("(empty)")) {
                assertThat(value.select(".conflict__empty")).hasSize(1);
            }
        }
        assertThat(conflict.select(".conflict__empty").size()).isGreaterThanOrEqualTo(5);
        assertThat(conflict.selectFirst(".conflict__saved").text())
                .matches("Saved by Ana Reyes at \\d{2}:\\d{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4}\\.");
    }

    @Test
    void theEditorsFormNamesEveryFieldItsScriptKeepsInTheBrowser() throws Exception {
        long id = drafting.create(input("Fields " + UUID.randomUUID(), "Body."), editor.actor());

        Element form = page("/admin/articles/" + id + "/edit").selectFirst("form.story-form");

        assertThat(form.attr("data-fields").split(" ")).containsExactlyElementsOf(StoryField.allFormFields());
        for (String name : StoryField.allFormFields()) {
            assertThat(form.select("[name=" + name + "]")).as(name).isNotEmpty();
        }
    }

    private static Element row(Document conflict, String pickName) {
        return conflict.selectFirst("input[name=" + pickName + "]").closest("tr");
    }

    @Test
    void keepingACopySavesMineAsANewDraftAndLeavesTheirs() throws Exception {
        long id = drafting.create(input("Copy page " + UUID.randomUUID(), "Theirs."), editor.actor());
        String headline = editorQueries.open(id, editor.actor()).input().headline();

        var response = mvc.perform(post("/admin/articles/" + id + "/resolve")
                        .with(user(editor))
                        .with(csrf())
                        .param("resolution", "copy")
                        .param("theirsVersion", String.valueOf(version(id)))
                        .param("headline", headline)
                        .param("body", "Mine, kept as a copy.")
                        .param("sectionId", String.valueOf(desk))
                        .param("language", "en"))
                .andReturn()
                .getResponse();

        long copy = Long.parseLong(
                response.getRedirectedUrl().replaceAll("\\D+", " ").strip());
        assertThat(copy).isNotEqualTo(id);
        assertThat(editorQueries.open(copy, editor.actor()).input().body()).isEqualTo("Mine, kept as a copy.");
        assertThat(editorQueries.open(id, editor.actor()).input().body()).isEqualTo("Theirs.");
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path).with(user(editor))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private StoryInput input(String headline, String body) {
        return StoryInputs.story(headline).body(body).sectionId(desk).build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor.actor()).version();
    }
}
