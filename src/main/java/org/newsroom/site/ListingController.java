package org.newsroom.site;

import org.newsroom.article.ArticleService;
import org.newsroom.article.StoryList;
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TaxonomyService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Section, tag and author pages: their stories, newest first, with an "Older stories" link whose URL names the story
 * to continue from, so that a page's address always shows the same stories.
 */
@Controller
class ListingController {

    static final int PAGE_SIZE = 20;

    private final ArticleService articles;
    private final TaxonomyService taxonomy;
    private final AuthorService authors;
    private final NewsroomProperties properties;

    ListingController(
            ArticleService articles, TaxonomyService taxonomy, AuthorService authors, NewsroomProperties properties) {
        this.properties = properties;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.authors = authors;
    }

    @GetMapping("/{section:[a-z0-9-]+}")
    String section(@PathVariable String section, @RequestParam(required = false) Long before, Model model) {
        SectionRef found =
                taxonomy.findSection(section).orElseThrow(() -> new PageNotFoundException("No such section"));
        model.addAttribute("section", found);
        model.addAttribute("currentSection", found);
        model.addAttribute("sectionPage", true);
        model.addAttribute("subsections", found.hasParent() ? java.util.List.of() : taxonomy.subsections(found));
        model.addAttribute("list", page(() -> articles.sectionStories(found.id(), before, PAGE_SIZE), before));
        describe(model, found.path(), before);
        return "site/section";
    }

    @GetMapping("/tag/{slug}")
    String tag(@PathVariable String slug, @RequestParam(required = false) Long before, Model model) {
        TagRef tag = taxonomy.findTag(slug).orElseThrow(() -> new PageNotFoundException("No such tag"));
        model.addAttribute("tag", tag);
        model.addAttribute("list", page(() -> articles.tagStories(tag.id(), before, PAGE_SIZE), before));
        describe(model, tag.path(), before);
        return "site/tag";
    }

    @GetMapping("/author/{slug}")
    String author(@PathVariable String slug, @RequestParam(required = false) Long before, Model model) {
        AuthorDetails author = authors.findAuthor(slug).orElseThrow(() -> new PageNotFoundException("No such author"));
        model.addAttribute("author", author);
        model.addAttribute("list", page(() -> articles.authorStories(author.id(), before, PAGE_SIZE), before));
        describe(model, author.path(), before);
        return "site/author";
    }

    /** The page's own path, and its canonical URL (older pages are pages of their own). */
    private void describe(Model model, String path, Long before) {
        model.addAttribute("path", path);
        model.addAttribute("before", before);
        model.addAttribute("canonical", properties.site().url(path + (before == null ? "" : "?before=" + before)));
    }

    private static StoryList page(java.util.function.Supplier<StoryList> query, Long before) {
        if (before != null && before <= 0) {
            throw new BadRequestException("Not a story to page from: " + before);
        }
        try {
            return query.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
