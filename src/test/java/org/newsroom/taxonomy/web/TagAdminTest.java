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

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticleDraft;
import org.newsroom.article.ArticleService;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.LeadImage;
import org.newsroom.staff.Actor;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.IntegrationTest;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TagService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class TagAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TagService tags;

    @Autowired
    ArticleService articles;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListShowsEachTagWithTheNumberOfStoriesUsingIt() throws Exception {
        String suffix = unique();
        TagRef used = tags.ensureTag("Counted " + suffix);
        TagRef unused = tags.ensureTag("Uncounted " + suffix);
        story(used);
        story(used);

        Document page = html(mvc.perform(get("/admin/tags").param("q", suffix).with(editor()))
                .andReturn());

        assertThat(page.select("table.tags tbody tr").eachText())
                .containsExactly(
                        "Counted " + suffix + " /tag/" + used.slug() + " 2",
                        "Uncounted " + suffix + " /tag/" + unused.slug() + " 0");
    }

    @Test
    void renamingChangesNameAndSlug() throws Exception {
        String suffix = unique();
        TagRef tag = tags.ensureTag("Old name " + suffix);

        MvcResult result = mvc.perform(post("/admin/tags/" + tag.id())
                        .with(editor())
                        .with(csrf())
                        .param("name", "Гаага ✓ " + suffix)
                        .param("slug", "the-hague-" + suffix))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("success")).asString().contains("/tag/the-hague-" + suffix);
        assertThat(tags.tags(List.of(tag.id())))
                .containsExactly(new TagRef(tag.id(), "the-hague-" + suffix, "Гаага ✓ " + suffix));
    }

    @Test
    void renamingRefusesASlugOrNameThatAnotherTagHas() throws Exception {
        String suffix = unique();
        TagRef tag = tags.ensureTag("Mine " + suffix);
        TagRef other = tags.ensureTag("Theirs " + suffix);

        Document slugTaken = html(rename(tag, "Mine " + suffix, other.slug()));
        assertThat(fieldError(slugTaken, "slug")).contains("“Theirs " + suffix + "”", "already uses the slug");
        assertThat(value(slugTaken, "slug")).isEqualTo(other.slug());

        Document nameTaken = html(rename(tag, "THEIRS " + suffix, ""));
        assertThat(fieldError(nameTaken, "name")).contains("already called", "merge");

        Document badSlug = html(rename(tag, "Mine " + suffix, "Not A Slug"));
        assertThat(fieldError(badSlug, "slug")).contains("lower-case letters");

        assertThat(tags.tags(List.of(tag.id()))).containsExactly(tag);
    }

    @Test
    void mergingMovesEveryStoryAndWorkingCopyOntoTheTargetTagOnceAndDeletesTheSource() throws Exception {
        String suffix = unique();
        TagRef source = tags.ensureTag("Source " + suffix);
        TagRef target = tags.ensureTag("Target " + suffix);
        TagRef other = tags.ensureTag("Other " + suffix);
        TagRef extra = tags.ensureTag("Extra " + suffix);

        long both = story(source, target);
        long bothTargetFirst = story(target, other, source);
        long sourceBeforeTarget = story(other, source, extra, target);
        long targetInTheMiddle = story(source, other, target, extra);
        long onlySource = story(other, source, extra);
        long untouched = story(other, extra);
        long withWorkingCopy = story(target, other);
        workingCopy(withWorkingCopy, other, source, target);
        long withSourceOnlyWorkingCopy = story(extra);
        workingCopy(withSourceOnlyWorkingCopy, source);

        MvcResult result = mvc.perform(post("/admin/tags/" + source.id() + "/merge")
                        .with(editor())
                        .with(csrf())
                        .param("targetId", String.valueOf(target.id())))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("success"))
                .asString()
                .contains("Merged “Source " + suffix + "” into “Target " + suffix + "”", "5 stories", "2 unpublished");
        assertThat(tagRows(both)).containsExactly(row(0, target));
        assertThat(tagRows(bothTargetFirst)).containsExactly(row(0, target), row(1, other));
        assertThat(tagRows(sourceBeforeTarget)).containsExactly(row(0, other), row(1, target), row(2, extra));
        assertThat(tagRows(targetInTheMiddle)).containsExactly(row(0, target), row(1, other), row(2, extra));
        assertThat(tagRows(onlySource)).containsExactly(row(0, other), row(1, target), row(2, extra));
        assertThat(tagRows(untouched)).containsExactly(row(0, other), row(1, extra));
        assertThat(workingCopyTags(withWorkingCopy)).containsExactly(other.id(), target.id());
        assertThat(workingCopyTags(withSourceOnlyWorkingCopy)).containsExactly(target.id());
        assertThat(tags.tags(List.of(source.id()))).isEmpty();

        // The story loads its ordered tags as the editor shows them.
        Actor editor = new Actor(-1, "Test editor", StaffRole.EDITOR);
        assertThat(editorQueries.open(targetInTheMiddle, editor).input().tags())
                .isEqualTo("Target " + suffix + ", Other " + suffix + ", Extra " + suffix);
    }

    @Test
    void aTagCannotBeMergedIntoItself() throws Exception {
        TagRef tag = tags.ensureTag("Lonely " + unique());
        long story = story(tag);

        Document page = html(mvc.perform(post("/admin/tags/" + tag.id() + "/merge")
                        .with(editor())
                        .with(csrf())
                        .param("targetId", String.valueOf(tag.id())))
                .andReturn());

        assertThat(fieldError(page, "targetId")).contains("cannot be merged into itself");
        assertThat(tags.tags(List.of(tag.id()))).containsExactly(tag);
        assertThat(tagRows(story)).containsExactly(row(0, tag));
    }

    @Test
    void mergingWithoutChoosingATargetAsksForOne() throws Exception {
        TagRef tag = tags.ensureTag("Undecided " + unique());

        Document page = html(mvc.perform(post("/admin/tags/" + tag.id() + "/merge")
                        .with(editor())
                        .with(csrf())
                        .param("targetId", ""))
                .andReturn());

        assertThat(fieldError(page, "targetId")).isEqualTo("Choose the tag to merge into.");
        assertThat(tags.tags(List.of(tag.id()))).containsExactly(tag);
    }

    private MvcResult rename(TagRef tag, String name, String slug) throws Exception {
        return mvc.perform(post("/admin/tags/" + tag.id())
                        .with(editor())
                        .with(csrf())
                        .param("name", name)
                        .param("slug", slug))
                .andReturn();
    }

    private long story(TagRef... tags) {
        return articles.createDraft(new ArticleDraft(
                "Tagged story " + unique(),
                null,
                "Body.",
                "tagged-" + unique(),
                null,
                List.of(),
                Arrays.stream(tags).map(TagRef::id).toList(),
                null,
                "en",
                null,
                null,
                LeadImage.NONE));
    }

    private void workingCopy(long articleId, TagRef... tags) {
        jdbc.sql("""
                        insert into article_working_copies (article_id, headline, slug, tag_ids, modified_at)
                        select id, headline, slug, :tags, :now from articles where id = :id
                        """)
                .param("id", articleId)
                .param("tags", Arrays.stream(tags).map(TagRef::id).toArray(Long[]::new))
                .param("now", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update();
    }

    private List<String> tagRows(long articleId) {
        return jdbc.sql("select position, tag_id from article_tags where article_id = :id order by position")
                .param("id", articleId)
                .query((rs, n) -> rs.getInt("position") + ":" + rs.getLong("tag_id"))
                .list();
    }

    private static String row(int position, TagRef tag) {
        return position + ":" + tag.id();
    }

    private List<Long> workingCopyTags(long articleId) {
        return jdbc.sql("select tag_ids from article_working_copies where article_id = :id")
                .param("id", articleId)
                .query((rs, n) -> {
                    Array array = rs.getArray(1);
                    return Arrays.asList((Long[]) array.getArray());
                })
                .single();
    }
}
