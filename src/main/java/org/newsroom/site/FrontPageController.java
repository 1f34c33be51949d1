package org.newsroom.site;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleSummary;
import org.newsroom.article.SectionBlock;
import org.newsroom.frontpage.FrontKey;
import org.newsroom.frontpage.FrontPages;
import org.newsroom.frontpage.LiveFront;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page: the stories editors chose (the lead, then the top stories), then the latest stories in the places
 * left, then a block per section; no story shows twice. A chosen story readers cannot see (unpublished, or its time
 * not come) is left out, so the next latest story fills its place: the front never links to a 404 or a 410.
 *
 * <p>An editor's preview of the working copy is rendered here too, by the same code and template as the page readers
 * get, so that it shows exactly what they would see.
 */
@Controller
record FrontPageController(
        ArticleService articles, FrontPages fronts, NewsroomProperties properties, ListingMetadata metadata) {

    static final int FRONT_PAGE_SIZE = 1 + 4 + 6;
    /** The stories under the lead that get a card of their own; the rest are listed. */
    static final int SECONDARY = 4;
    /** Then a list of the next latest stories, then a block per section. */
    static final int MORE = 6;

    static final int PER_SECTION = 4;

    @GetMapping("/")
    String frontPage(Model model) {
        return front(fronts.live(FrontKey.FRONT), model);
    }

    /** The working copy as readers would see it; never cached (the admin area is private), and never indexed. */
    @GetMapping("/admin/front/preview")
    String preview(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("preview", true);
        return front(fronts.preview(FrontKey.FRONT, me.actor()), model);
    }

    private String front(LiveFront arrangement, Model model) {
        // The automatic stories: enough of the latest to fill every place even if all the chosen ones are among them.
        List<ArticleSummary> latest = arrangement.filledFrom(
                articles.latestPublished(FRONT_PAGE_SIZE + arrangement.chosen().size()), FRONT_PAGE_SIZE);
        model.addAttribute("arrangement", arrangement);
        model.addAttribute("lead", latest.isEmpty() ? null : latest.getFirst());
        model.addAttribute("secondary", latest.stream().skip(1).limit(SECONDARY).toList());
        model.addAttribute(
                "more", latest.stream().skip(1 + SECONDARY).limit(MORE).toList());
        Set<Long> shown = latest.stream().map(ArticleSummary::id).collect(Collectors.toSet());
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
        model.addAttribute("itemList", metadata.itemList(latest));
        return "site/front";
    }
}
