package org.newsroom.site;

import java.util.List;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class FrontPageController {

    static final int FRONT_PAGE_SIZE = 24;
    /** The stories under the lead that get a card of their own; the rest are listed. */
    static final int SECONDARY = 4;

    private final ArticleService articles;

    FrontPageController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping("/")
    String frontPage(Model model) {
        List<ArticleSummary> latest = articles.latestPublished(FRONT_PAGE_SIZE);
        model.addAttribute("lead", latest.isEmpty() ? null : latest.getFirst());
        model.addAttribute("secondary", latest.stream().skip(1).limit(SECONDARY).toList());
        model.addAttribute("more", latest.stream().skip(1 + SECONDARY).toList());
        return "site/front";
    }
}
