package org.newsroom.staff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.HistoryService;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.AdminRequests;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** Whatever an admin request carries, a bad one is a 400 that says why, in the admin's layout: never a 500. */
@IntegrationTest
class AdminBadRequestTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    DraftingService drafting;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    SectionService sections;

    private StaffPrincipal editor;

    @BeforeEach
    void setUp() {
        editor = staff.create(StaffRole.EDITOR);
    }

    @Test
    void aStoryIdThatIsNotANumberSaysSoInTheAdminLayout() throws Exception {
        Document page = badRequestPage(get("/admin/articles/abc/edit").with(user(editor)));

        assertThat(page.selectFirst(".admin-error__message").text())
                .isEqualTo("“abc” is not a valid id. It is a number.");
    }

    @Test
    void anUnknownStatusNamesTheOnesThereAre() throws Exception {
        Document page = badRequestPage(get("/admin").param("status", "BOGUS").with(user(editor)));

        assertThat(page.selectFirst(".admin-error__message").text())
                .startsWith("“BOGUS” is not a valid status. It is one of: DRAFT, ");
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        long id = story();

        Document page = badRequestPage(get("/admin/articles/" + id + "/compare").with(user(editor)));

        assertThat(page.selectFirst(".admin-error__message").text())
                .isEqualTo("The request has no from: it is needed here.");
    }

    @Test
    void aRuleViolationThatNoControllerCatchesIsA400WithItsMessage() throws Exception {
        long id = story();
        long revision = storyHistory.history(id, editor.actor()).getFirst().id();

        Document page = badRequestPage(get("/admin/articles/" + id + "/compare")
                .param("from", String.valueOf(revision))
                .param("to", "yesterday")
                .with(user(editor)));

        assertThat(page.selectFirst(".admin-error__message").text()).isEqualTo("Choose a revision to compare with.");
    }

    @Test
    void theEditorsScriptsGetJson() throws Exception {
        MvcResult result = mvc.perform(
                        post("/admin/articles/abc/heartbeat").with(user(editor)).with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":\"invalid\"")
                .contains("“abc” is not a valid id.");
    }

    private Document badRequestPage(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        Document page = AdminRequests.html(result);
        assertThat(page.selectFirst(".admin-bar")).as("the admin layout").isNotNull();
        assertThat(page.selectFirst(".admin-bar__me").text()).contains(editor.displayName());
        assertThat(page.selectFirst("h1").text()).isEqualTo("That could not be done");
        assertThat(page.outerHtml()).doesNotContain("Exception").doesNotContain("at org.");
        return page;
    }

    private long story() {
        long desk = sections.ensureSection("test-desk", "Test desk", null, 99).id();
        return drafting.create(
                StoryInputs.story("Bad requests " + AdminRequests.unique())
                        .body("Body.")
                        .sectionId(desk)
                        .build(),
                editor.actor());
    }
}
