package org.newsroom.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorInput;
import org.newsroom.people.AuthorService;
import org.newsroom.staff.StaffService;
import org.newsroom.support.AdminWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The author screens' own rules, without a database: editors only, forms shown again as typed, a redirect on save. */
@AdminWebTest(AuthorAdminController.class)
class AuthorAdminSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuthorService authors;

    @MockitoBean
    StaffService staff;

    @Test
    void aWriterIsRefusedTheAuthorScreensAndCannotCreateOne() throws Exception {
        mvc.perform(get("/admin/authors").with(user(WRITER))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/authors").with(user(WRITER)).with(csrf()).param("name", "Maria Keller"))
                .andExpect(status().isForbidden());

        verifyNoInteractions(authors);
    }

    @Test
    void anInvalidAuthorIsShownAgainWithWhatWasTypedAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post("/admin/authors")
                        .with(user(EDITOR))
                        .with(csrf())
                        .param("name", "Maria Keller")
                        .param("slug", "Maria Keller!")
                        .param("bio", "Covers the UN in Geneva."))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/people/author-edit"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.select("#name").val()).isEqualTo("Maria Keller");
        assertThat(page.select("#slug").val()).isEqualTo("Maria Keller!");
        assertThat(page.select("#bio").text()).isEqualTo("Covers the UN in Geneva.");
        assertThat(page.select("#slug-error").text()).isEqualTo(AuthorService.SLUG_FORMAT_MESSAGE);
        verify(authors, never()).createAuthor(any(AuthorInput.class));
    }

    @Test
    void aNewAuthorRedirectsToTheListSayingWhereTheirPageIs() throws Exception {
        given(authors.createAuthor(any(AuthorInput.class)))
                .willReturn(new AuthorDetails(5, "Maria Keller", "maria-keller", null, null));

        mvc.perform(post("/admin/authors").with(user(EDITOR)).with(csrf()).param("name", "Maria Keller"))
                .andExpect(redirectedUrl("/admin/authors"))
                .andExpect(flash().attribute("success", "Author “Maria Keller” created at /author/maria-keller."));
    }
}
