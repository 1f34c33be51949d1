package org.newsroom.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.taxonomy.SectionService;
import org.springframework.stereotype.Component;

/**
 * Canonical article URLs: {@code /{section}/{yyyy}/{MM}/{dd}/{slug}}, the date being the day of first publication in
 * the site's time zone; from those parts, or from a story's row.
 */
@Component
public class ArticlePaths {

    private final ZoneId zone;
    private final NewsroomProperties.Site site;
    private final SectionService sections;

    ArticlePaths(NewsroomProperties properties, SectionService sections) {
        this.zone = properties.site().timeZone();
        this.site = properties.site();
        this.sections = sections;
    }

    /** A path of the site as readers reach it: under {@code newsroom.site.base-url}, never the request's own host. */
    public String absolute(String path) {
        return site.url(path);
    }

    /** A time in the site's zone, for messages: "28 Nov 2026 10:02 UTC". */
    public String zoned(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", java.util.Locale.UK)
                .withZone(zone)
                .format(instant);
    }

    /** The site's time zone, in which editors give scheduled times. */
    public ZoneId zone() {
        return zone;
    }

    public String canonicalPath(String sectionSlug, Instant publishedAt, String slug) {
        LocalDate day = LocalDate.ofInstant(publishedAt, zone);
        return "/%s/%04d/%02d/%02d/%s"
                .formatted(sectionSlug, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), slug);
    }

    /** The path the row had for readers, whether or not it is public now; {@code null} if it never had one. */
    String pathOfRow(Article article) {
        if (article.getPublishedAt() == null || article.getSectionId() == null) {
            return null;
        }
        return sections.findSection(article.getSectionId())
                .map(section -> canonicalPath(section.slug(), article.getPublishedAt(), article.getSlug()))
                .orElse(null);
    }

    /** Where readers see the story now, or {@code null} when they cannot. */
    String livePath(Article article) {
        return article.getStatus() == ArticleStatus.PUBLISHED ? pathOfRow(article) : null;
    }
}
