package org.newsroom.taxonomy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.newsroom.support.AdminRequests.EDITOR;
import static org.newsroom.support.AdminRequests.WRITER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.platform.RuleViolation;
import org.newsroom.support.AdminWebTest;
import org.newsroom.taxonomy.SectionDetails;
import org.newsroom.taxonomy.SectionInput;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The section screens' own rules, without a database: editors only, forms shown again as typed, a redirect on save. */
@AdminWebTest(SectionAdminController.class)
class SectionAdminSliceTest {

    @Autowired
    MockMvc mvc;

    /** The slice's mock (the admin layout's, too). */
    @Autowired
    SectionService sections;

    @Test
    void aWriterIsRefusedTheSectionScreensAndCannotCreateOne() throws Exception {
        mvc.perform(get("/admin/sections/new").with(user(WRITER))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sections").with(user(WRITER)).with(csrf()).param("name", "Obituaries"))
                .andExpect(status().isForbidden());

        verify(sections, never()).createSection(any(SectionInput.class));
    }

    @Test
    void anInvalidSectionIsShownAgainWithWhatWasTypedAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post("/admin/sections")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("name", "")
                        .param("slug", "obituaries")
                        .param("position", "first"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/taxonomy/section-edit"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#slug").val()).isEqualTo("obituaries");
        assertThat(page.select("#position").val()).isEqualTo("first");
        assertThat(page.select("#name-error").text()).isEqualTo("Enter a name.");
        assertThat(page.select("#position-error").text())
                .isEqualTo("Enter a position as a whole number from 0 to 9999.");
        verify(sections, never()).createSection(any(SectionInput.class));
    }

    @Test
    void aRefusalOfTheServiceIsShownNextToItsField() throws Exception {
        given(sections.createSection(any(SectionInput.class)))
                .willThrow(new RuleViolation("slug", "“search” is a reserved word: choose another slug."));

        String html = mvc.perform(post("/admin/sections")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("name", "Search")
                        .param("slug", "search"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#slug-error").text()).isEqualTo("“search” is a reserved word: choose another slug.");
        assertThat(page.select("#name").val()).isEqualTo("Search");
    }

    @Test
    void aNewSectionRedirectsToTheListSayingWhereItsPageIs() throws Exception {
        given(sections.createSection(any(SectionInput.class))).willReturn(section());

        mvc.perform(post("/admin/sections").with(user(EDITOR)).with(csrf()).param("name", "Obituaries"))
                .andExpect(redirectedUrl("/admin/sections"))
                .andExpect(flash().attribute("success", "Section “Obituaries” created at /obituaries."));
    }

    private static SectionDetails section() {
        return new SectionDetails(7, "Obituaries", "obituaries", null, null, 0, 0);
    }
}
