package org.newsroom.frontpage;

import java.net.URI;
import java.net.URISyntaxException;
import org.newsroom.article.ArticleLookup;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleView;
import org.newsroom.platform.RuleViolation;

/**
 * The story a banner links to, from its address as an editor pastes it: a path or a whole URL copied from the story's
 * page. Read through the article module's own lookup, so that an old address (a slug changed since) finds the story,
 * and a story taken off the site is told apart from none at all.
 */
final class BannerStories {

    private final ArticleService articles;

    BannerStories(ArticleService articles) {
        this.articles = articles;
    }

    /** The published story at this address, or a violation of the {@code story} field that says what to do. */
    ArticleView at(String address) {
        String path = pathOf(address.strip());
        if (path == null) {
            throw new RuleViolation(
                    "story",
                    "That is not a story's address. Paste it from the story's page, e.g. /world/2026/12/02/slug.");
        }
        ArticleLookup found = lookup(path);
        if (found instanceof ArticleLookup.Moved moved) {
            found = lookup(moved.path());
        }
        return switch (found) {
            case ArticleLookup.Found story -> story.article();
            case ArticleLookup.Gone gone ->
                throw new RuleViolation("story", "That story was unpublished: link to a published story.");
            default ->
                throw new RuleViolation(
                        "story", "No published story has that address. Paste it from the story's page on the site.");
        };
    }

    /** The headline of the published story at this canonical path, or {@code null}. */
    String headline(String path) {
        return lookup(path) instanceof ArticleLookup.Found found
                ? found.article().headline()
                : null;
    }

    private ArticleLookup lookup(String path) {
        return articles.lookup(path, path.substring(path.lastIndexOf('/') + 1), 1);
    }

    /** The path of a story's address, copied from the browser whole or as a path; {@code null} if it has none. */
    static String pathOf(String address) {
        try {
            String path = new URI(address).getPath();
            if (path == null || !path.startsWith("/")) {
                return null;
            }
            path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return path.lastIndexOf('/') > 0 ? path : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
