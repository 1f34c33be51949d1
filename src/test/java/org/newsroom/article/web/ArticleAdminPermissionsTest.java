package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role against every story action, allowed and refused. The stories belong to {@link Who#OWNER}, a writer;
 * {@link Who#OTHER_WRITER} is another writer.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleAdminPermissionsTest {

    enum Who {
        OWNER,
        OTHER_WRITER,
        EDITOR,
        ADMIN,
        ANONYMOUS
    }

    enum Action {
        LIST_STORIES,
        OPEN_NEW_STORY_FORM,
        CREATE_STORY,
        OPEN_DRAFT,
        SAVE_DRAFT,
        PREVIEW_DRAFT,
        SUBMIT_DRAFT,
        SAVE_SUBMITTED_STORY,
        DELETE_DRAFT,
        PUBLISH_DRAFT,
        PUBLISH_UPDATE,
        UNPUBLISH,
        MANAGE_SECTIONS,
        MANAGE_TAGS,
        MANAGE_AUTHORS,
        MANAGE_STAFF
    }

    static final int OK = 200;
    static final int REDIRECT = 302;
    static final int FORBIDDEN = 403;

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

    private StaffPrincipal owner;
    private StaffPrincipal otherWriter;
    private StaffPrincipal editor;
    private StaffPrincipal admin;
    private long sectionId;

    @BeforeAll
    void people() {
        owner = staff.create(StaffRole.WRITER, "Owner Writer");
        otherWriter = staff.create(StaffRole.WRITER, "Other Writer");
        editor = staff.create(StaffRole.EDITOR);
        admin = staff.create(StaffRole.ADMIN);
        sectionId = sections.ensureSection("test-desk", "Test desk", null, 99).id();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        // action, owner, other writer, editor, admin (anonymous is always sent to the login page)
        add(cases, Action.LIST_STORIES, OK, OK, OK, OK);
        add(cases, Action.OPEN_NEW_STORY_FORM, OK, OK, OK, OK);
        add(cases, Action.CREATE_STORY, REDIRECT, REDIRECT, REDIRECT, REDIRECT);
        add(cases, Action.OPEN_DRAFT, OK, FORBIDDEN, OK, OK);
        add(cases, Action.SAVE_DRAFT, REDIRECT, FORBIDDEN, REDIRECT, REDIRECT);
        add(cases, Action.PREVIEW_DRAFT, OK, FORBIDDEN, OK, OK);
        add(cases, Action.SUBMIT_DRAFT, REDIRECT, FORBIDDEN, REDIRECT, REDIRECT);
        add(cases, Action.SAVE_SUBMITTED_STORY, FORBIDDEN, FORBIDDEN, REDIRECT, REDIRECT);
        add(cases, Action.DELETE_DRAFT, REDIRECT, FORBIDDEN, REDIRECT, REDIRECT);
        add(cases, Action.PUBLISH_DRAFT, FORBIDDEN, FORBIDDEN, REDIRECT, REDIRECT);
        add(cases, Action.PUBLISH_UPDATE, FORBIDDEN, FORBIDDEN, REDIRECT, REDIRECT);
        add(cases, Action.UNPUBLISH, FORBIDDEN, FORBIDDEN, REDIRECT, REDIRECT);
        add(cases, Action.MANAGE_SECTIONS, FORBIDDEN, FORBIDDEN, OK, OK);
        add(cases, Action.MANAGE_TAGS, FORBIDDEN, FORBIDDEN, OK, OK);
        add(cases, Action.MANAGE_AUTHORS, FORBIDDEN, FORBIDDEN, OK, OK);
        add(cases, Action.MANAGE_STAFF, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
        return cases.stream();
    }

    private static void add(List<Arguments> cases, Action action, int owner, int other, int editor, int admin) {
        cases.add(Arguments.of(action, Who.OWNER, owner));
        cases.add(Arguments.of(action, Who.OTHER_WRITER, other));
        cases.add(Arguments.of(action, Who.EDITOR, editor));
        cases.add(Arguments.of(action, Who.ADMIN, admin));
        cases.add(Arguments.of(action, Who.ANONYMOUS, REDIRECT));
    }

    @ParameterizedTest(name = "{1} {0}: {2}")
    @MethodSource("matrix")
    void everyRoleGetsExactlyWhatItMayDo(Action action, Who who, int expected) throws Exception {
        MockHttpServletRequestBuilder request = request(action);
        StaffPrincipal principal = principal(who);
        if (principal != null) {
            request.with(user(principal));
        }
        var response = mvc.perform(request.with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).as("%s %s", who, action).isEqualTo(expected);
        if (who == Who.ANONYMOUS) {
            assertThat(response.getRedirectedUrl()).contains("/admin/login");
        }
    }

    private MockHttpServletRequestBuilder request(Action action) {
        return switch (action) {
            case LIST_STORIES -> get("/admin");
            case OPEN_NEW_STORY_FORM -> get("/admin/articles/new");
            case CREATE_STORY -> form(post("/admin/articles"), "save", null);
            case OPEN_DRAFT -> get("/admin/articles/" + draft() + "/edit");
            case SAVE_DRAFT -> saveAction(draft(), "save");
            case PREVIEW_DRAFT -> get("/admin/articles/" + draft() + "/preview");
            case SUBMIT_DRAFT -> saveAction(draft(), "submit");
            case SAVE_SUBMITTED_STORY -> saveAction(submitted(), "save");
            case DELETE_DRAFT -> saveAction(draft(), "delete");
            case PUBLISH_DRAFT -> saveAction(draft(), "publish");
            case PUBLISH_UPDATE -> saveAction(published(), "publish-update");
            case UNPUBLISH -> unpublish(published());
            case MANAGE_SECTIONS -> get("/admin/sections");
            case MANAGE_TAGS -> get("/admin/tags");
            case MANAGE_AUTHORS -> get("/admin/authors");
            case MANAGE_STAFF -> get("/admin/staff");
        };
    }

    private MockHttpServletRequestBuilder unpublish(long id) {
        long version = editorQueries.open(id, editor.actor()).version();
        return post("/admin/articles/" + id + "/unpublish").param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder saveAction(long id, String action) {
        long version = editorQueries.open(id, editor.actor()).version();
        return form(post("/admin/articles/" + id), action, version);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String action, Long version) {
        request.param("action", action)
                .param("headline", "Permission story " + UUID.randomUUID())
                .param("deck", "Deck")
                .param("body", "Body")
                .param("sectionId", String.valueOf(sectionId))
                .param("language", "en")
                .param("publicUpdate", "true");
        if (version != null) {
            request.param("version", String.valueOf(version));
        }
        return request;
    }

    private long draft() {
        return drafting.create(input(), owner.actor());
    }

    private long submitted() {
        long id = draft();
        drafting.submitForReview(id, editorQueries.open(id, owner.actor()).version(), input(), owner.actor());
        return id;
    }

    private long published() {
        long id = draft();
        publishing.publish(id, editorQueries.open(id, editor.actor()).version(), input(), editor.actor());
        return id;
    }

    private StoryInput input() {
        return StoryInputs.story("Matrix story " + UUID.randomUUID())
                .deck("Deck")
                .body("Body")
                .sectionId(sectionId)
                .build();
    }

    private StaffPrincipal principal(Who who) {
        return switch (who) {
            case OWNER -> owner;
            case OTHER_WRITER -> otherWriter;
            case EDITOR -> editor;
            case ADMIN -> admin;
            case ANONYMOUS -> null;
        };
    }
}
