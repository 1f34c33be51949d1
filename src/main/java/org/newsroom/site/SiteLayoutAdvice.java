package org.newsroom.site;

import java.util.List;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.TextDirection;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page, error pages included: the site's name, language and section navigation. An
 * error page must render even when the database is down, so a failed navigation query gives an empty menu.
 */
@ControllerAdvice
class SiteLayoutAdvice {

    private static final Logger log = LoggerFactory.getLogger(SiteLayoutAdvice.class);

    private final NewsroomProperties properties;
    private final TaxonomyService taxonomy;
    private final PageCache pages;

    SiteLayoutAdvice(NewsroomProperties properties, TaxonomyService taxonomy, PageCache pages) {
        this.properties = properties;
        this.taxonomy = taxonomy;
        this.pages = pages;
    }

    @ModelAttribute("site")
    SiteLayout site() {
        List<SectionRef> sections;
        try {
            sections = pages.navigation(taxonomy::navigationSections);
        } catch (DataAccessException e) {
            log.warn("Section navigation unavailable: {}", e.getMessage());
            sections = List.of();
        }
        return new SiteLayout(properties.site().name(), properties.site().language(), sections);
    }

    record SiteLayout(String name, String language, List<SectionRef> sections) {

        /** The site's own direction: a story in another script sets its own on its article, never on the page. */
        public String direction() {
            return TextDirection.of(language);
        }
    }
}
