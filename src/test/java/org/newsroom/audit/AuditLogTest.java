package org.newsroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsroom.article.DraftingService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.PublishingService;
import org.newsroom.article.StoryInput;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.StoryInputs;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    DraftingService drafting;

    @Autowired
    PublishingService publishing;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    Staff staff;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.newsroom.staff.StaffService staffService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishingUpdatingAndUnpublishingAreRecordedWithWhoWhatWhichStoryAndWhen() {
        StaffPrincipal editor = staff.create(StaffRole.EDITOR, "Audited Editor");
        long section =
                sections.ensureSection("test-desk", "Test desk", null, 99).id();
        String headline = "Audited story " + UUID.randomUUID();
        StoryInput input =
                StoryInputs.story(headline).body("Body").sectionId(section).build();
        long id = drafting.create(input, editor.actor());
        publishing.publish(id, editorQueries.open(id, editor.actor()).version(), input, editor.actor());
        publishing.publishUpdate(id, editorQueries.open(id, editor.actor()).version(), input, true, editor.actor());
        publishing.unpublish(id, editorQueries.open(id, editor.actor()).version(), editor.actor());

        List<AuditEntry> entries = audit.find(new AuditQuery(null, null, id, null, null, 1), ZoneOffset.UTC);

        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditAction.UNPUBLISHED,
                        AuditAction.UPDATE_PUBLISHED,
                        AuditAction.PUBLISHED,
                        AuditAction.STORY_CREATED);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(editor.id());
            assertThat(entry.actorName()).isEqualTo("Audited Editor");
            assertThat(entry.subject()).isEqualTo(headline);
            assertThat(entry.occurredAt()).isNotNull();
        });
    }

    @Test
    void signInsAreRecordedWhetherTheySucceedOrFail() throws Exception {
        StaffPrincipal writer = staff.create(StaffRole.WRITER);
        String address = "10.77." + (int) (Math.random() * 250) + ".9";
        login(writer.email(), "not-the-password", address);
        login(writer.email(), Staff.PASSWORD, address);

        // Newest first, page by page: entries other tests wrote with their clock ahead may stand above these.
        List<AuditEntry> entries = new java.util.ArrayList<>();
        for (int page = 1; entries.size() < 2; page++) {
            List<AuditEntry> shown = audit.find(new AuditQuery(null, null, null, null, null, page), ZoneOffset.UTC);
            // A page reads one entry more than it shows, to know whether another follows.
            shown.stream()
                    .limit(AuditQuery.PAGE_SIZE)
                    .filter(entry -> writer.email().equals(entry.subject()))
                    .forEach(entries::add);
            if (shown.size() <= AuditQuery.PAGE_SIZE) {
                break;
            }
        }

        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED);
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.clientAddress()).isEqualTo(address));
    }

    @Test
    void staffChangesAreRecorded() {
        StaffPrincipal admin = staff.create(StaffRole.ADMIN, "Audit Admin");
        StaffPrincipal writer = staff.create(StaffRole.WRITER);

        staffService.changeRole(writer.id(), StaffRole.EDITOR, admin.actor());
        staffService.setEnabled(writer.id(), false, admin.actor());

        List<AuditEntry> entries =
                audit.find(new AuditQuery(null, "Audit Admin", null, null, null, 1), ZoneOffset.UTC).stream()
                        .filter(entry -> writer.email().equals(entry.subject()))
                        .toList();
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.STAFF_DISABLED, AuditAction.ROLE_CHANGED);
        assertThat(entries.get(1).detail()).isEqualTo("WRITER → EDITOR");
    }

    @Test
    void theLogCannotBeChangedOrEmptied() {
        audit.recordIndependently(AuditEvent.of(AuditAction.SETTINGS_CHANGED)
                .by(null, "Tester")
                .subject("test")
                .detail("append-only check"));

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_log set detail = 'rewritten'").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void theAuditViewIsForAdminsAndFilters() throws Exception {
        StaffPrincipal admin = staff.create(StaffRole.ADMIN);
        StaffPrincipal editor = staff.create(StaffRole.EDITOR);
        String marker = "Filter marker " + UUID.randomUUID();
        audit.recordIndependently(
                AuditEvent.of(AuditAction.SETTINGS_CHANGED).by(null, marker).subject("x"));

        var forEditor =
                mvc.perform(get("/admin/audit").with(user(editor))).andReturn().getResponse();
        var forAdmin = mvc.perform(get("/admin/audit")
                        .param("actor", marker)
                        .param("action", "SETTINGS_CHANGED")
                        .with(user(admin)))
                .andReturn()
                .getResponse();
        var filteredOut = mvc.perform(get("/admin/audit")
                        .param("actor", marker)
                        .param("action", "PUBLISHED")
                        .with(user(admin)))
                .andReturn()
                .getResponse();

        assertThat(forEditor.getStatus()).isEqualTo(403);
        assertThat(forAdmin.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(forAdmin.getContentAsString()).select("table.audit tbody tr"))
                .hasSize(1);
        assertThat(Jsoup.parse(filteredOut.getContentAsString()).select("table.audit tbody tr"))
                .isEmpty();
    }

    private void login(String email, String password, String address) throws Exception {
        mvc.perform(post("/admin/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }
}
