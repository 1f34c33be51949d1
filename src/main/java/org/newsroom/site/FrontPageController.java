package org.newsroom.site;

import java.util.List;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleSummary;
import org.newsroom.article.SectionBlock;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class FrontPageController {

    static final int FRONT_PAGE_SIZE = 1 + 4 + 6;
    /** The stories under the lead that get a card of their own; the rest are listed. */
    static final int SECONDARY = 4;
    /** Then a list of the next latest stories, then a block per section. */
    static final int MORE = 6;

    static final int PER_SECTION = 4;

    private final ArticleService articles;
    private final NewsroomProperties properties;
    private final ListingMetadata metadata;

    FrontPageController(ArticleService articles, NewsroomProperties properties, ListingMetadata metadata) {
        this.articles = articles;
        this.properties = properties;
        this.metadata = metadata;
    }

    @GetMapping("/")
    String frontPage(Model model) {
        List<ArticleSummary> latest = articles.latestPublished(FRONT_PAGE_SIZE);
        model.addAttribute("lead", latest.isEmpty() ? null : latest.getFirst());
        model.addAttribute("secondary", latest.stream().skip(1).limit(SECONDARY).toList());
        model.addAttribute(
                "more", latest.stream().skip(1 + SECONDARY).limit(MORE).toList());
        java.util.Set<Long> shown = latest.stream()
                .limit(1 + SECONDARY + MORE)
                .map(ArticleSummary::id)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute(
                "blocks",
                articles.sectionBlocks(PER_SECTION).stream()
                        .map(block -> new SectionBlock(
                                block.section(),
                                block.stories().stream()
                                        .filter(story -> !shown.contains(story.id()))
                                        .toList()))
                        .filter(block -> !block.stories().isEmpty())
                        .toList());
        String canonical = properties.site().url("/");
        String name = properties.site().name();
        model.addAttribute("canonical", canonical);
        model.addAttribute("sharing", metadata.of(name, "The latest news from " + name + ".", canonical, latest));
        return "site/front";
    }
}
