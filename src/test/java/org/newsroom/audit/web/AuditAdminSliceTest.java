package org.newsroom.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.support.AdminRequests.ADMIN;
import static org.newsroom.support.AdminRequests.EDITOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEntry;
import org.newsroom.audit.AuditLog;
import org.newsroom.audit.AuditQuery;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.support.AdminWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log's own rules, without a database: admins only, filters passed on as typed and kept by the pager, a bad
 * date a 400.
 */
@AdminWebTest(AuditAdminController.class)
class AuditAdminSliceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NewsroomProperties properties;

    @MockitoBean
    AuditLog audit;

    @Test
    void anEditorIsRefusedTheAuditLog() throws Exception {
        mvc.perform(get("/admin/audit").with(user(EDITOR))).andExpect(status().isForbidden());

        verifyNoInteractions(audit);
    }

    @Test
    void theFiltersGoToTheLogAsTypedAndItsDatesAreTheSitesDays() throws Exception {
        given(audit.find(any(AuditQuery.class), any(ZoneId.class))).willReturn(List.of());

        mvc.perform(get("/admin/audit")
                        .with(user(ADMIN))
                        .param("actor", "Eda")
                        .param("article", "42")
                        .param("from", "2026-11-01")
                        .param("to", "2026-11-30")
                        .param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/audit/list"))
                .andExpect(model().attribute("hasNext", false));

        verify(audit)
                .find(
                        eq(new AuditQuery(null, "Eda", 42L, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 2)),
                        eq(properties.site().timeZone()));
    }

    @Test
    void aMiddlePageLinksToThePagesEitherSideWithTheSameFilters() throws Exception {
        AuditEntry entry = new AuditEntry(
                7,
                Instant.parse("2026-11-02T10:00:00Z"),
                2L,
                "Eda Editor",
                AuditAction.PUBLISHED,
                42L,
                "Hi",
                null,
                null);
        given(audit.find(any(AuditQuery.class), any(ZoneId.class)))
                .willReturn(Collections.nCopies(AuditQuery.PAGE_SIZE + 1, entry));

        Document page = Jsoup.parse(mvc.perform(get("/admin/audit")
                        .with(user(ADMIN))
                        .param("actor", "Eda")
                        .param("page", "2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("table.audit tbody tr")).hasSize(AuditQuery.PAGE_SIZE);
        assertThat(page.select("table.audit thead th").eachText())
                .containsExactly("When", "Who", "What", "Story", "Details");
        assertThat(page.selectFirst(".pagination span").text()).isEqualTo("Page 2");
        assertThat(page.selectFirst(".pagination a[rel=prev]").attr("href"))
                .startsWith("/admin/audit?")
                .contains("actor=Eda")
                .endsWith("page=1");
        assertThat(page.selectFirst(".pagination a[rel=next]").attr("href"))
                .startsWith("/admin/audit?")
                .contains("actor=Eda")
                .endsWith("page=3");
    }

    @Test
    void aSinglePageOfNothingSaysSoAndHasNoPager() throws Exception {
        given(audit.find(any(AuditQuery.class), any(ZoneId.class))).willReturn(List.of());

        Document page = Jsoup.parse(mvc.perform(get("/admin/audit").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.selectFirst("p.empty").text()).isEqualTo("Nothing recorded for these filters.");
        assertThat(page.select("table.audit")).isEmpty();
        assertThat(page.select(".pagination")).isEmpty();
    }

    @Test
    void aDateThatIsNotOneIsRefusedWithA400SayingWhich() throws Exception {
        mvc.perform(get("/admin/audit").with(user(ADMIN)).param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/error"))
                .andExpect(content().string(Matchers.containsString("from")));

        verifyNoInteractions(audit);
    }
}
