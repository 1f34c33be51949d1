package org.newsroom.frontpage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsroom.support.AdminRequests.fieldError;
import static org.newsroom.support.AdminRequests.html;
import static org.newsroom.support.AdminRequests.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleService;
import org.newsroom.audit.AuditAction;
import org.newsroom.audit.AuditEntry;
import org.newsroom.audit.AuditLog;
import org.newsroom.audit.AuditQuery;
import org.newsroom.frontpage.BannerDetails;
import org.newsroom.frontpage.BannerInput;
import org.newsroom.frontpage.BannerLevel;
import org.newsroom.frontpage.BannerService;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestClock;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The banner's form: editors only, every change audited, and a refused form comes back as typed. */
@IntegrationTest
class BannerAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BannerService banners;

    @Autowired
    ArticleService articles;

    @Autowired
    TestStories stories;

    @Autowired
    Staff staff;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    StaffPrincipal editor;
    String storyPath;

    @BeforeEach
    void anEditorAndAStory() {
        editor = staff.create(
                StaffRole.EDITOR,
                "Banner Editor " + UUID.randomUUID().toString().substring(0, 8));
        long id = stories.story("Banner story " + UUID.randomUUID()).publishedAt(stories.newest());
        storyPath = articles.findPublishedPath(id).orElseThrow();
    }

    @AfterEach
    void noBanner() {
        banners.details().ifPresent(live -> banners.end(live.id(), editor.actor()));
    }

    @Test
    void aWriterMayNeitherSeeNorSendTheBannerForm() throws Exception {
        StaffPrincipal writer = staff.create(StaffRole.WRITER);

        assertThat(status(get("/admin/front/banner").with(user(writer)))).isEqualTo(403);
        assertThat(status(setting("A writer's banner", storyPath).with(user(writer))))
                .isEqualTo(403);
        assertThat(banners.details()).isEmpty();
        assertThatThrownBy(() -> banners.set(
                        new BannerInput("A writer's banner", BannerLevel.BREAKING, storyPath, later()), writer.actor()))
                .as("the service refuses too")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(banners.details()).isEmpty();
        assertThat(status(get("/admin/front/banner").with(user(editor)))).isEqualTo(200);
    }

    @Test
    void anEditorSetsChangesAndEndsTheBannerAndEachChangeIsAudited() throws Exception {
        String line = "Ceasefire agreed " + UUID.randomUUID();
        MvcResult set = mvc.perform(
                        setting(line, "http://localhost:8080" + storyPath).with(user(editor)))
                .andReturn();
        assertThat(set.getResponse().getRedirectedUrl()).isEqualTo("/admin/front/banner");
        BannerDetails live = banners.details().orElseThrow();
        assertThat(live.line()).isEqualTo(line);
        assertThat(live.storyPath()).isEqualTo(storyPath);

        Document form =
                html(mvc.perform(get("/admin/front/banner").with(user(editor))).andReturn());
        assertThat(form.selectFirst(".banner-live .news-banner").text()).contains("Breaking", line);
        assertThat(value(form, "line")).isEqualTo(line);

        mvc.perform(post("/admin/front/banner/{id}", live.id())
                        .with(csrf())
                        .with(user(editor))
                        .param("line", line + " (corrected)")
                        .param("level", "DEVELOPING")
                        .param("story", storyPath)
                        .param("expiresAt", local(later())))
                .andReturn();
        assertThat(banners.details().orElseThrow().level()).isEqualTo(BannerLevel.DEVELOPING);

        mvc.perform(post("/admin/front/banner/{id}/end", live.id()).with(csrf()).with(user(editor)))
                .andReturn();
        assertThat(banners.details()).isEmpty();

        assertThat(audited(AuditAction.BANNER_SET)).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(editor.id());
            assertThat(entry.subject()).isEqualTo(line);
            assertThat(entry.detail()).contains("Breaking", storyPath);
            assertThat(entry.occurredAt())
                    .isCloseTo(java.time.Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.HOURS));
        });
        assertThat(audited(AuditAction.BANNER_CHANGED)).singleElement().satisfies(entry -> assertThat(entry.subject())
                .isEqualTo(line + " (corrected)"));
        assertThat(audited(AuditAction.BANNER_ENDED)).hasSize(1);
    }

    @Test
    void aLineTooLongIsRefusedWithWhatWasTypedKept() throws Exception {
        String line = "Long ".repeat(30).strip();
        String expiry = local(later());

        Document page = html(mvc.perform(post("/admin/front/banner")
                        .with(csrf())
                        .with(user(editor))
                        .param("line", line)
                        .param("level", "DEVELOPING")
                        .param("story", storyPath)
                        .param("expiresAt", expiry))
                .andReturn());

        assertThat(fieldError(page, "line")).contains("120 characters", "(it has " + line.length() + ")");
        assertThat(page.selectFirst(".error-summary")).isNotNull();
        assertThat(value(page, "line")).isEqualTo(line);
        assertThat(value(page, "story")).isEqualTo(storyPath);
        assertThat(value(page, "expiresAt")).isEqualTo(expiry);
        assertThat(page.selectFirst("input[name=level][value=DEVELOPING]").hasAttr("checked"))
                .isTrue();
        assertThat(banners.details()).isEmpty();
    }

    @Test
    void aStoryThatIsNotPublishedOrAnExpiryInThePastIsRefused() throws Exception {
        Document unknown = html(mvc.perform(setting("Nowhere", "/world/2020/01/01/no-such-story-" + UUID.randomUUID())
                        .with(user(editor)))
                .andReturn());
        assertThat(fieldError(unknown, "story")).contains("No published story");
        assertThat(value(unknown, "line")).isEqualTo("Nowhere");

        Document past = html(mvc.perform(post("/admin/front/banner")
                        .with(csrf())
                        .with(user(editor))
                        .param("line", "Too late")
                        .param("level", "BREAKING")
                        .param("story", storyPath)
                        .param("expiresAt", local(clock.instant().minus(Duration.ofMinutes(5)))))
                .andReturn());
        assertThat(fieldError(past, "expiresAt")).contains("in the future");

        Document unreadable = html(mvc.perform(post("/admin/front/banner")
                        .with(csrf())
                        .with(user(editor))
                        .param("line", "Sometime")
                        .param("level", "BREAKING")
                        .param("story", storyPath)
                        .param("expiresAt", "tomorrow-ish"))
                .andReturn());
        assertThat(fieldError(unreadable, "expiresAt")).contains("date and a time");
        assertThat(value(unreadable, "expiresAt")).isEqualTo("tomorrow-ish");
        assertThat(banners.details()).isEmpty();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder setting(
            String line, String story) {
        return post("/admin/front/banner")
                .with(csrf())
                .param("line", line)
                .param("level", "BREAKING")
                .param("story", story)
                .param("expiresAt", local(later()));
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<AuditEntry> audited(AuditAction action) {
        return audit.find(new AuditQuery(action, editor.displayName(), null, null, null, 1), ZoneOffset.UTC);
    }

    private java.time.Instant later() {
        return clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
    }

    /** As a datetime-local control sends it, in the site's zone (UTC in the tests). */
    private static String local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC)
                .toString();
    }
}
