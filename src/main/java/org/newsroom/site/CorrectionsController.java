package org.newsroom.site;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.newsroom.article.ArticleService;
import org.newsroom.article.Correction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every correction, clarification and update note, newest first, with stable "older" links. */
@Controller
class CorrectionsController {

    static final int PAGE_SIZE = 30;

    private final ArticleService articles;

    CorrectionsController(ArticleService articles) {
        this.articles = articles;
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
        return "site/corrections";
    }
}
