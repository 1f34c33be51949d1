package org.newsroom.taxonomy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.support.AdminRequests.editor;
import static org.newsroom.support.AdminRequests.fieldError;
import static org.newsroom.support.AdminRequests.html;
import static org.newsroom.support.AdminRequests.unique;
import static org.newsroom.support.AdminRequests.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.IntegrationTest;
import org.newsroom.taxonomy.SectionDetails;
import org.newsroom.taxonomy.SectionInput;
import org.newsroom.taxonomy.SectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SectionAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SectionService sections;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "search", "tag", "news-sitemap", "webjars"})
    void aReservedSlugIsRefusedWithAMessageNextToTheSlugField(String reserved) throws Exception {
        String name = "Reserved " + unique();

        Document page = html(create(Map.of("name", name, "slug", reserved, "position", "3")));

        assertThat(fieldError(page, "slug")).contains("“" + reserved + "”", "reserved");
        assertThat(fieldError(page, "name")).isNull();
        assertThat(page.selectFirst(".error-summary")).isNotNull();
        assertThat(value(page, "name")).isEqualTo(name);
        assertThat(value(page, "slug")).isEqualTo(reserved);
        assertThat(sectionsNamed(name)).isZero();
    }

    @Test
    void aSlugMadeFromTheNameIsCheckedAgainstTheReservedWordsToo() throws Exception {
        Document page = html(create(Map.of("name", "Search", "slug", "", "position", "0")));

        assertThat(fieldError(page, "slug")).contains("made from the name", "“search”", "reserved");
    }

    @Test
    void theReservedWordsAreTheOnesTheDatabaseRefuses() {
        String definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint"
                        + " where conname = 'sections_slug_not_reserved'")
                .query(String.class)
                .single();
        TreeSet<String> inDatabase = new TreeSet<>();
        Matcher quoted = Pattern.compile("'([a-z0-9-]+)'").matcher(definition);
        while (quoted.find()) {
            inDatabase.add(quoted.group(1));
        }

        assertThat(inDatabase).hasSize(30);
        assertThat(new TreeSet<>(SectionService.RESERVED_SECTION_SLUGS)).isEqualTo(inDatabase);
    }

    @Test
    void aSlugThatAnotherSectionUsesIsRefused() throws Exception {
        String slug = "taken-" + unique();
        sections.createSection(new SectionInput("First " + slug, slug, null, 7));

        Document page = html(create(Map.of("name", "Second " + slug, "slug", slug, "position", "7")));

        assertThat(fieldError(page, "slug")).contains("“First " + slug + "”", "already uses the slug");
        assertThat(sectionsNamed("Second " + slug)).isZero();
    }

    @Test
    void aBadlyFormedSlugIsRefused() throws Exception {
        Document page = html(create(Map.of("name", "Bad slug " + unique(), "slug", "Middle East", "position", "0")));

        assertThat(fieldError(page, "slug")).contains("lower-case letters");
    }

    @Test
    void anEmptySlugIsMadeFromTheNameAndTheListSaysSo() throws Exception {
        String suffix = unique();

        MvcResult created = create(Map.of("name", "Économie & Société " + suffix, "slug", "  ", "position", "12"));

        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/sections");
        assertThat(created.getFlashMap().get("success")).asString().contains("/economie-societe-" + suffix);
        assertThat(sections.findSection("economie-societe-" + suffix)).isPresent();
    }

    @Test
    void theListShowsEachTopLevelSectionFollowedByItsSubsections() throws Exception {
        String suffix = unique();
        SectionDetails first =
                sections.createSection(new SectionInput("Tree A " + suffix, "tree-a-" + suffix, null, 9000));
        SectionDetails second =
                sections.createSection(new SectionInput("Tree B " + suffix, "tree-b-" + suffix, null, 9001));
        sections.createSection(new SectionInput("Tree A2 " + suffix, "tree-a2-" + suffix, first.id(), 2));
        sections.createSection(new SectionInput("Tree A1 " + suffix, "tree-a1-" + suffix, first.id(), 1));
        sections.createSection(new SectionInput("Tree B1 " + suffix, "tree-b1-" + suffix, second.id(), 0));

        Document page = html(mvc.perform(get("/admin/sections").with(editor())).andReturn());

        List<String> names = page.select("table.sections tbody tr th").eachText().stream()
                .map(text -> text.replace("↳", "").strip())
                .filter(text -> text.endsWith(suffix))
                .toList();
        assertThat(names)
                .containsExactly(
                        "Tree A " + suffix,
                        "Tree A1 " + suffix,
                        "Tree A2 " + suffix,
                        "Tree B " + suffix,
                        "Tree B1 " + suffix);
        Element subsection = page.select("table.sections tbody tr").stream()
                .filter(row -> row.text().contains("Tree A1 " + suffix))
                .findFirst()
                .orElseThrow();
        assertThat(subsection.hasClass("sections__sub")).isTrue();
        assertThat(subsection.text()).contains("Tree A " + suffix, "/tree-a1-" + suffix);
    }

    @Test
    void aSectionCannotBeItsOwnParent() throws Exception {
        String suffix = unique();
        SectionDetails section = sections.createSection(new SectionInput("Self " + suffix, "self-" + suffix, null, 0));

        Document page = html(mvc.perform(post("/admin/sections/" + section.id())
                        .with(editor())
                        .with(csrf())
                        .param("name", section.name())
                        .param("slug", section.slug())
                        .param("parentId", String.valueOf(section.id()))
                        .param("position", "0"))
                .andReturn());

        assertThat(fieldError(page, "parentId")).isEqualTo("A section cannot be its own parent.");
        assertThat(sections.getSection(section.id()).parentId()).isNull();
    }

    @Test
    void sectionsNestOnlyOneLevelDeep() throws Exception {
        String suffix = unique();
        SectionDetails top = sections.createSection(new SectionInput("Top " + suffix, "top-" + suffix, null, 0));
        SectionDetails sub = sections.createSection(new SectionInput("Sub " + suffix, "sub-" + suffix, top.id(), 0));
        SectionDetails other = sections.createSection(new SectionInput("Other " + suffix, "other-" + suffix, null, 0));

        Document underASubsection = html(create(
                Map.of("name", "Deep " + suffix, "slug", "", "parentId", String.valueOf(sub.id()), "position", "0")));
        assertThat(fieldError(underASubsection, "parentId")).contains("is itself a subsection", "one level deep");
        assertThat(sectionsNamed("Deep " + suffix)).isZero();

        Document parentUnderAnother = html(mvc.perform(post("/admin/sections/" + top.id())
                        .with(editor())
                        .with(csrf())
                        .param("name", top.name())
                        .param("slug", top.slug())
                        .param("parentId", String.valueOf(other.id()))
                        .param("position", "0"))
                .andReturn());
        assertThat(fieldError(parentUnderAnother, "parentId")).contains("has subsections");
        assertThat(sections.getSection(top.id()).parentId()).isNull();
    }

    @Test
    void editingChangesNameSlugParentAndPosition() throws Exception {
        String suffix = unique();
        SectionDetails parent =
                sections.createSection(new SectionInput("Parent " + suffix, "parent-" + suffix, null, 0));
        SectionDetails section = sections.createSection(new SectionInput("Old " + suffix, "old-" + suffix, null, 0));

        MvcResult saved = mvc.perform(post("/admin/sections/" + section.id())
                        .with(editor())
                        .with(csrf())
                        .param("name", "الشرق الأوسط 🌍 " + suffix)
                        .param("slug", "middle-east-" + suffix)
                        .param("parentId", String.valueOf(parent.id()))
                        .param("position", "4"))
                .andReturn();

        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        SectionDetails changed = sections.getSection(section.id());
        assertThat(changed.name()).isEqualTo("الشرق الأوسط 🌍 " + suffix);
        assertThat(changed.slug()).isEqualTo("middle-east-" + suffix);
        assertThat(changed.parentId()).isEqualTo(parent.id());
        assertThat(changed.position()).isEqualTo(4);
        Document edit = html(
                mvc.perform(get("/admin/sections/" + section.id() + "/edit").with(editor()))
                        .andReturn());
        assertThat(value(edit, "name")).isEqualTo("الشرق الأوسط 🌍 " + suffix);
        assertThat(edit.selectFirst("#parentId option[selected]").text()).isEqualTo("Parent " + suffix);
    }

    @Test
    void oversizedOrMalformedInputGetsMessagesNotAnError() throws Exception {
        String longName = "N".repeat(5000);

        MvcResult result = create(Map.of(
                "name", longName, "slug", "s".repeat(500), "parentId", "not-a-number", "position", "99999999999"));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = html(result);
        assertThat(fieldError(page, "name")).isEqualTo("A name has at most 120 characters.");
        assertThat(fieldError(page, "slug")).isEqualTo("A slug has at most 80 characters.");
        assertThat(fieldError(page, "parentId")).isEqualTo("Choose a parent section from the list.");
        assertThat(fieldError(page, "position")).isEqualTo("Enter a position as a whole number from 0 to 9999.");
        assertThat(value(page, "name")).isEqualTo(longName);
        assertThat(value(page, "position")).isEqualTo("99999999999");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#name", "#slug", "#parentId", "#position");
    }

    @Test
    void anUnknownSectionIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/admin/sections/999999999/edit").with(editor()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private MvcResult create(Map<String, String> fields) throws Exception {
        var request = post("/admin/sections").with(editor()).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private int sectionsNamed(String name) {
        return jdbc.sql("select count(*) from sections where name = :name")
                .param("name", name)
                .query(Integer.class)
                .single();
    }
}
