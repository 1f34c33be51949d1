package org.newsroom.site;

import org.newsroom.article.ArticleSearch;
import org.newsroom.article.SearchResults;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: any words, any characters; results or a friendly "nothing found", never an error. */
@Controller
record SearchController(ArticleSearch search, SectionService sections) {

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String section,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        if (page < 1 || page > ArticleSearch.MAX_PAGE) {
            throw new BadRequestException("No such page of results: " + page);
        }
        SectionRef filter = section == null || section.isBlank()
                ? null
                : sections.findSection(section.strip()).orElse(null);
        boolean unknownSection = section != null && !section.isBlank() && filter == null;
        SearchResults results = unknownSection
                ? new SearchResults(ArticleSearch.clean(q), java.util.List.of(), page, false, 0)
                : search.search(q, filter == null ? null : filter.id(), page);
        model.addAttribute("results", results);
        model.addAttribute("section", filter);
        model.addAttribute("sections", sections.allSections());
        return "site/search";
    }
}
