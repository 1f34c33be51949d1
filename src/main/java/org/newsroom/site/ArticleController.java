package org.newsroom.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.newsroom.article.ArticleLookup;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleView;
import org.newsroom.live.LiveCoverage;
import org.newsroom.live.LiveReading;
import org.newsroom.platform.Slugs;
import org.newsroom.platform.SurrogateKeys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The article page at its canonical URL. A story's old URL (before its slug or section changed), or a known slug under
 * a wrong section or date, answers 301 to the canonical URL, so that links survive; an unpublished story answers 410;
 * an unknown story or an impossible date answers 404.
 */
@Controller
record ArticleController(ArticleService articles, ArticleMetadata metadata, LiveReading live) {

    static final int RELATED = 4;

    @GetMapping("/{section}/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}")
    ModelAndView article(
            @PathVariable String section,
            @PathVariable int year,
            @PathVariable int month,
            @PathVariable int day,
            @PathVariable String slug,
            @RequestParam(name = "before", required = false) Long before,
            @RequestParam(name = "entry", required = false) Long entry) {
        requireRealDate(year, month, day);
        String requested = "/%s/%04d/%02d/%02d/%s".formatted(section, year, month, day, slug);
        return switch (articles.lookup(requested, slug, RELATED)) {
            case ArticleLookup.Found(ArticleView article, var related) -> {
                // A live story's page of older entries, or of one entry's permalink, has the story's own address.
                LiveCoverage coverage =
                        live.coverage(article.id(), before, entry).orElse(null);
                yield new ModelAndView("site/article")
                        .addObject("article", article)
                        .addObject("related", related)
                        .addObject("live", coverage)
                        .addObject("seo", metadata.of(article, coverage))
                        .addObject("currentSection", article.section());
            }
            case ArticleLookup.Moved(String path) -> {
                RedirectView redirect = new RedirectView(Slugs.toUri(path));
                redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                redirect.setExposeModelAttributes(false);
                yield new ModelAndView(redirect);
            }
            case ArticleLookup.Gone(long id) -> {
                // The 410 names the story, so that a republish purges it from every cache at once rather than at the
                // end of its s-maxage (PublicCaching#errorPageKeys sends the key before the error is).
                SurrogateKeys.add(SurrogateKeys.story(id));
                throw new PageGoneException();
            }
            case ArticleLookup.NotFound() -> throw new PageNotFoundException("No such story");
        };
    }

    private static void requireRealDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new PageNotFoundException("No such date");
        }
    }
}
