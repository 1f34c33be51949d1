package org.newsroom.article;

import org.newsroom.taxonomy.SectionService;
import org.springframework.stereotype.Component;

/** A story's reader URL, from its row: the section's slug, the day of first publication and the slug. */
@Component
class LivePaths {

    private final SectionService sections;
    private final ArticlePaths paths;

    LivePaths(SectionService sections, ArticlePaths paths) {
        this.sections = sections;
        this.paths = paths;
    }

    /** The path the row had for readers, whether or not it is public now. */
    String pathOfRow(Article article) {
        if (article.getPublishedAt() == null || article.getSectionId() == null) {
            return null;
        }
        return sections.findSection(article.getSectionId())
                .map(section -> paths.canonicalPath(section.slug(), article.getPublishedAt(), article.getSlug()))
                .orElse(null);
    }

    /** Where readers see the story now, or {@code null} when they cannot. */
    String livePath(Article article) {
        if (article.getStatus() != ArticleStatus.PUBLISHED || article.getSectionId() == null) {
            return null;
        }
        return sections.findSection(article.getSectionId())
                .map(section -> paths.canonicalPath(section.slug(), article.getPublishedAt(), article.getSlug()))
                .orElse(null);
    }
}
