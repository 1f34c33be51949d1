package org.newsroom.site;

import java.util.List;
import org.newsroom.article.ArticleService;
import org.newsroom.frontpage.Banner;
import org.newsroom.frontpage.BannerService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.TextDirection;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page, error pages included: the site's name, language, section navigation (the
 * top-level sections that a published story shows) and the breaking-news banner. An error page must render even when
 * the database is down, so a failed query gives an empty menu and no banner.
 */
@ControllerAdvice
record SiteLayoutAdvice(
        NewsroomProperties properties,
        SectionService sections,
        PageCache pages,
        ArticleService articles,
        BannerService banners) {

    private static final Logger log = LoggerFactory.getLogger(SiteLayoutAdvice.class);

    @ModelAttribute("site")
    SiteLayout site() {
        List<SectionRef> sections;
        try {
            // A section joins the menu with its first published story: until then its name is news (an
            // "Obituaries" section made ahead of a death), and its page answers 404 (ListingController).
            sections = pages.navigation(() -> {
                List<SectionRef> all = this.sections.navigationSections();
                var shown =
                        articles.sectionsShown(all.stream().map(SectionRef::id).toList());
                return all.stream()
                        .filter(section -> shown.contains(section.id()))
                        .toList();
            });
        } catch (DataAccessException e) {
            log.warn("Section navigation unavailable: {}", e.getMessage());
            sections = List.of();
        }
        return new SiteLayout(properties.site().name(), properties.site().language(), sections, banner());
    }

    private Banner banner() {
        try {
            var shown = pages.banner(banners::current);
            return shown == null ? null : shown.orElse(null);
        } catch (DataAccessException e) {
            log.warn("Banner unavailable: {}", e.getMessage());
            return null;
        }
    }

    /** @param banner the breaking-news banner above every page's content, or {@code null} */
    record SiteLayout(String name, String language, List<SectionRef> sections, Banner banner) {

        /** The site's own direction: a story in another script sets its own on its article, never on the page. */
        public String direction() {
            return TextDirection.of(language);
        }
    }
}
