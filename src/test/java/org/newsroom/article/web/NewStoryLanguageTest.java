package org.newsroom.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsroom.article.ArticlePaths;
import org.newsroom.article.CorrectionService;
import org.newsroom.article.EditLocks;
import org.newsroom.article.EditorQueryService;
import org.newsroom.article.HistoryService;
import org.newsroom.media.MediaLibrary;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.staff.StaffRole;
import org.newsroom.staff.UnsavedWork;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

/** A new story starts in the site's language, {@code newsroom.site.language}, not in a language of the code's own. */
@IntegrationTest
class NewStoryLanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    NewsroomProperties properties;

    @Autowired
    HistoryService storyHistory;

    @Autowired
    CorrectionService corrections;

    @Autowired
    EditorQueryService editorQueries;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Autowired
    AuthorService authors;

    @Autowired
    UnsavedWork unsavedWork;

    @Autowired
    ArticlePaths paths;

    @Autowired
    EditLocks locks;

    @Autowired
    MediaLibrary media;

    @Test
    void theNewStoryFormHasTheSitesLanguageChosen() throws Exception {
        String html = mvc.perform(get("/admin/articles/new").with(user(staff.create(StaffRole.WRITER))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("select#language option[selected]").eachAttr("value"))
                .containsExactly(properties.site().language());
    }

    /**
     * With another site language than the test context's, on a controller of its own (so that the shared context
     * keeps its settings): the form starts in it, and the menu offers it even when it is not one of the usual ones.
     */
    @Test
    void withAnotherSiteLanguageTheFormStartsInThatOne() {
        assertThat(newStoryForm("fr").getLanguage()).isEqualTo("fr");

        var model = new ExtendedModelMap();
        ArticleForm form = newStoryForm("pt-BR", model);
        assertThat(form.getLanguage()).isEqualTo("pt-BR");
        assertThat(model.get("languages"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(StoryEditorPages.Language.class))
                .contains(new StoryEditorPages.Language("pt-BR", "Portuguese (Brazil)"))
                .startsWith(StoryEditorPages.LANGUAGES.getFirst());
    }

    private ArticleForm newStoryForm(String siteLanguage) {
        return newStoryForm(siteLanguage, new ExtendedModelMap());
    }

    private ArticleForm newStoryForm(String siteLanguage, ExtendedModelMap model) {
        var pages = new StoryEditorPages(
                storyHistory,
                corrections,
                editorQueries,
                sections,
                tags,
                authors,
                paths,
                media,
                // A new story has no version to merge against.
                new StoryMerges(editorQueries, null, storyHistory),
                withSiteLanguage(siteLanguage));
        var controller = new ArticleAdminController(editorQueries, sections, authors, unsavedWork, locks, pages);
        assertThat(controller.newStory(new MockHttpServletRequest(), model)).isEqualTo("admin/article/edit");
        return (ArticleForm) model.get("form");
    }

    private NewsroomProperties withSiteLanguage(String language) {
        NewsroomProperties.Site site = properties.site();
        return new NewsroomProperties(
                new NewsroomProperties.Site(site.name(), site.timeZone(), language, site.baseUrl(), site.icon()),
                properties.demoContent(),
                properties.embeddedDatabase(),
                properties.admin(),
                properties.media(),
                properties.pageCache(),
                properties.scheduler(),
                properties.database(),
                properties.editor(),
                properties.tracing());
    }
}
