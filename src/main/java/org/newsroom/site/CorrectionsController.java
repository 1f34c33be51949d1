package org.newsroom.site;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.newsroom.article.ArticleService;
import org.newsroom.article.Correction;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Every correction, clarification and update note, newest first, with stable "older" links. */
@Controller
class CorrectionsController {

    static final int PAGE_SIZE = 30;

    private final ArticleService articles;
    private final NewsroomProperties.Site site;

    CorrectionsController(ArticleService articles, NewsroomProperties properties) {
        this.articles = articles;
        this.site = properties.site();
    }

    @GetMapping("/corrections")
    String corrections(
            @RequestParam(required = false) String before, @RequestParam(required = false) Long id, Model model) {
        Instant beforeTime = null;
        if (before != null) {
            try {
                beforeTime = Instant.parse(before);
            } catch (DateTimeParseException e) {
                throw new BadRequestException("Not a time: " + before);
            }
            if (id == null || id < 0) {
                throw new BadRequestException("An older page needs the id it starts before");
            }
        }
        List<Correction> page = articles.corrections(PAGE_SIZE + 1, beforeTime, id);
        List<Correction> shown = page.stream().limit(PAGE_SIZE).toList();
        model.addAttribute("corrections", shown);
        model.addAttribute("older", page.size() > PAGE_SIZE ? shown.getLast() : null);
        // Absolute, as on every page: an older page is a page of its own, named by the note it starts before.
        model.addAttribute(
                "canonical",
                site.url(UriComponentsBuilder.fromPath("/corrections")
                        .queryParamIfPresent("before", Optional.ofNullable(beforeTime))
                        .queryParamIfPresent("id", Optional.ofNullable(beforeTime == null ? null : id))
                        .encode()
                        .build()
                        .toUriString()));
        return "site/corrections";
    }
}
