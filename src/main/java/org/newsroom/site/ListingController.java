package org.newsroom.site;

import org.newsroom.article.ArticleService;
import org.newsroom.article.StoryList;
import org.newsroom.frontpage.FrontKey;
import org.newsroom.frontpage.FrontPages;
import org.newsroom.frontpage.LiveFront;
import org.newsroom.people.AuthorDetails;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.SurrogateKeys;
import org.newsroom.staff.StaffPrincipal;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagRef;
import org.newsroom.taxonomy.TagService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Section, tag and author pages: their stories, newest first, with an "Older stories" link whose URL names the story
 * to continue from, so that a page's address always shows the same stories.
 *
 * <p>Embargoes: a tag, an author or a subsection is public only once a published story shows it; until then (and again
 * after its last story is unpublished) its page answers 404, as if it did not exist, because saving a draft creates its
 * tags and authors and a tag can be the news. A top-level section is the exception: editors create it as navigation,
 * the masthead links to it from then on, and its page answers even before its first story.
 */
@Controller
record ListingController(
        ArticleService articles,
        FrontPages fronts,
        SectionService sections,
        TagService tags,
        AuthorService authors,
        NewsroomProperties properties,
        ListingMetadata metadata) {

    static final int PAGE_SIZE = 20;

    @GetMapping("/{section:[a-z0-9-]+}")
    String section(@PathVariable String section, @RequestParam(required = false) Long before, Model model) {
        SectionRef found = sections.findSection(section)
                .filter(this::isPublic)
                .orElseThrow(() -> new PageNotFoundException("No such section"));
        return sectionPage(found, before, fronts.live(FrontKey.section(found.id())), model);
    }

    /** A section front's working copy as readers would see it, by the same code and template as the section page. */
    @GetMapping("/admin/front/sections/{section:[a-z0-9-]+}/preview")
    String sectionPreview(@PathVariable String section, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        SectionRef found =
                sections.findSection(section).orElseThrow(() -> new PageNotFoundException("No such section"));
        model.addAttribute("preview", true);
        return sectionPage(found, null, fronts.preview(FrontKey.section(found.id()), me.actor()), model);
    }

    /**
     * The section's stories, newest first; on its first page, the stories its editors chose come first, in their
     * order, and are not repeated below.
     */
    private String sectionPage(SectionRef found, Long before, LiveFront arrangement, Model model) {
        model.addAttribute("arrangement", arrangement);
        model.addAttribute("section", found);
        SurrogateKeys.add(SurrogateKeys.section(found.id()));
        model.addAttribute("currentSection", found);
        model.addAttribute("sectionPage", true);
        model.addAttribute(
                "subsections",
                found.hasParent()
                        ? java.util.List.of()
                        : sections.subsections(found).stream()
                                .filter(this::isPublic)
                                .toList());
        return listing(
                model,
                found.path(),
                before,
                found.name(),
                "The latest " + found.name() + " news from " + properties.site().name() + ".",
                page(
                        () -> {
                            StoryList list = articles.sectionStories(found.id(), before, PAGE_SIZE);
                            return before == null
                                    ? new StoryList(
                                            arrangement.filledFrom(
                                                    list.stories(),
                                                    arrangement.chosen().size()
                                                            + list.stories().size()),
                                            list.olderThan())
                                    : list;
                        },
                        before));
    }

    @GetMapping("/tag/{slug}")
    String tag(@PathVariable String slug, @RequestParam(required = false) Long before, Model model) {
        TagRef tag = tags.findTag(slug)
                .filter(found -> articles.showsTag(found.id()))
                .orElseThrow(() -> new PageNotFoundException("No such tag"));
        model.addAttribute("tag", tag);
        SurrogateKeys.add(SurrogateKeys.tag(tag.id()));
        return listing(
                model,
                tag.path(),
                before,
                tag.name(),
                "Stories about " + tag.name() + " from " + properties.site().name() + ".",
                page(() -> articles.tagStories(tag.id(), before, PAGE_SIZE), before));
    }

    @GetMapping("/author/{slug}")
    String author(@PathVariable String slug, @RequestParam(required = false) Long before, Model model) {
        AuthorDetails author = authors.findAuthor(slug)
                .filter(found -> articles.showsAuthor(found.id()))
                .orElseThrow(() -> new PageNotFoundException("No such author"));
        model.addAttribute("author", author);
        SurrogateKeys.add(SurrogateKeys.author(author.id()));
        String stories =
                "Stories by " + author.name() + " for " + properties.site().name() + ".";
        return listing(
                model,
                author.path(),
                before,
                author.name(),
                author.bio() == null || author.bio().isBlank()
                        ? stories
                        : abbreviate(author.bio().strip()),
                page(() -> articles.authorStories(author.id(), before, PAGE_SIZE), before));
    }

    private boolean isPublic(SectionRef section) {
        return isPublic(section, articles);
    }

    /**
     * A section, top-level or not, is public once a published story is in it or its subsections: until then it has no
     * page, no feed and no place in the masthead or the sitemap, as a tag or an author has none before its first story.
     */
    static boolean isPublic(SectionRef section, ArticleService articles) {
        return articles.showsSection(section.id());
    }

    /**
     * The one listing page, with its stories, its name, its own path, its canonical URL (older pages are pages of their
     * own), and what is shared of it: its description, and the picture of its lead story.
     */
    private String listing(Model model, String path, Long before, String name, String description, StoryList list) {
        String canonical = properties.site().url(path + (before == null ? "" : "?before=" + before));
        model.addAttribute("list", list);
        model.addAttribute("listingName", name);
        model.addAttribute("path", path);
        model.addAttribute("before", before);
        model.addAttribute("canonical", canonical);
        model.addAttribute("sharing", metadata.of(name, description, canonical, list.stories()));
        return "site/listing";
    }

    /** A bio as a description: search engines show about 160 characters, so a long one is cut at a word. */
    static String abbreviate(String text) {
        int max = 160;
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
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
