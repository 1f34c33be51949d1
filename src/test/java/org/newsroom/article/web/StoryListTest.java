package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.people.AuthorService;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admin story list: tabs, filters, search, sorting, pagination and what each row shows. */
@IntegrationTest
class StoryListTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    AuthorService authors;

    private StaffPrincipal editor;
    private String marker;
    private long sectionA;
    private long sectionB;

    @BeforeEach
    void stories() {
        editor = staff.create(StaffRole.EDITOR, "Lister Editor");
        marker = UUID.randomUUID().toString().substring(0, 8);
        sectionA = sections.ensureSection("list-a", "List A", null, 98).id();
        sectionB = sections.ensureSection("list-b", "List B", null, 97).id();
    }

    @Test
    void eachRowShowsStatusSectionBylineTimesAndWhoLastModifiedIt() throws Exception {
        long id = drafting.create(input("Row story", sectionA, "Row Writer " + marker), editor.actor());
        publishing.publish(id, version(id), input("Row story", sectionA, "Row Writer " + marker), editor.actor());
        publishing.publishUpdate(
                id, version(id), input("Row story", sectionA, "Row Writer " + marker), true, editor.actor());

        Element row = rowOf(page("/admin?status=PUBLISHED&q=" + marker), "Row story " + marker);

        assertThat(row.select("td").get(1).text()).isEqualTo("Published");
        assertThat(row.select("td").get(2).text()).isEqualTo("List A");
        assertThat(row.select("td").get(3).text()).isEqualTo("Row Writer " + marker);
        assertThat(row.select("td").get(4).selectFirst("time").attr("datetime")).isNotBlank();
        assertThat(row.select("td").get(5).selectFirst("time").attr("datetime")).isNotBlank();
        assertThat(row.select("td").get(6).text()).contains("by Lister Editor");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/admin/articles/" + id + "/edit");
    }

    @Test
    void tabsFiltersAndSearchNarrowTheList() throws Exception {
        long inA = drafting.create(input("Alpha", sectionA, "Writer One " + marker), editor.actor());
        drafting.create(input("Beta", sectionB, "Writer Two " + marker), editor.actor());
        long published = drafting.create(input("Gamma", sectionA, "Writer One " + marker), editor.actor());
        publishing.publish(
                published, version(published), input("Gamma", sectionA, "Writer One " + marker), editor.actor());
        long writerOne = authors.ensureAuthor("Writer One " + marker).id();

        assertThat(headlines("/admin?status=DRAFT&q=" + marker)).containsExactlyInAnyOrder(h("Alpha"), h("Beta"));
        assertThat(headlines("/admin?status=PUBLISHED&q=" + marker)).containsExactly(h("Gamma"));
        assertThat(headlines("/admin?status=DRAFT&q=" + marker + "&section=" + sectionA))
                .containsExactly(h("Alpha"));
        assertThat(headlines("/admin?status=DRAFT&q=" + marker + "&author=" + writerOne))
                .containsExactly(h("Alpha"));
        var caseInsensitive = mvc.perform(get("/admin")
                        .param("status", "DRAFT")
                        .param("q", "ALPHA " + marker)
                        .with(user(editor)))
                .andReturn()
                .getResponse();
        assertThat(headlinesOf(Jsoup.parse(caseInsensitive.getContentAsString())))
                .containsExactly(h("Alpha"));
        assertThat(inA).isPositive();
    }

    @Test
    void sortsByLastModifiedOrPublishedAndPaginates() throws Exception {
        for (int i = 1; i <= 27; i++) {
            drafting.create(input("Page story " + "%02d".formatted(i), sectionB, "Pager " + marker), editor.actor());
        }

        Document first = page("/admin?status=DRAFT&q=" + marker);
        Document second = page("/admin?status=DRAFT&q=" + marker + "&page=2");

        assertThat(first.select("table.stories tbody tr")).hasSize(25);
        assertThat(headlinesOf(first).getFirst()).isEqualTo(h("Page story 27"));
        assertThat(headlinesOf(second)).containsExactly(h("Page story 02"), h("Page story 01"));
        assertThat(first.selectFirst(".pagination").text()).contains("Page 1 of 2");
        assertThat(first.selectFirst(".pagination a[rel=next]").attr("href")).contains("page=2");
        assertThat(headlines("/admin?status=DRAFT&sort=published&q=" + marker)).hasSize(25);
    }

    @Test
    void aWriterSeesOnlyTheirOwnStories() throws Exception {
        StaffPrincipal writer = staff.create(StaffRole.WRITER);
        drafting.create(input("Mine", sectionA, "W " + marker), writer.actor());
        drafting.create(input("Not mine", sectionA, "W " + marker), editor.actor());

        var response = mvc.perform(get("/admin?status=DRAFT&q=" + marker).with(user(writer)))
                .andReturn()
                .getResponse();

        assertThat(headlinesOf(Jsoup.parse(response.getContentAsString()))).containsExactly(h("Mine"));
    }

    private String h(String headline) {
        return headline + " " + marker;
    }

    private StoryInput input(String headline, long sectionId, String byline) {
        return StoryInputs.story(headline + " " + marker)
                .deck("Deck")
                .body("Body")
                .sectionId(sectionId)
                .byline(byline)
                .build();
    }

    private long version(long id) {
        return editorQueries.open(id, editor.actor()).version();
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path).with(user(editor))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private List<String> headlines(String path) throws Exception {
        return headlinesOf(page(path));
    }

    private static List<String> headlinesOf(Document page) {
        return page.select("table.stories tbody tr td.stories__headline > a:first-child")
                .eachText();
    }

    private static Element rowOf(Document page, String headline) {
        return page.select("table.stories tbody tr").stream()
                .filter(row ->
                        row.selectFirst("td.stories__headline > a").text().equals(headline))
                .findFirst()
                .orElseThrow();
    }
}
