package org.newsroom.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsroom.article.ArticleSummary;
import org.newsroom.article.ArticleView;
import org.newsroom.article.ContentVersion;
import org.newsroom.article.Correction;
import org.newsroom.article.SearchResults;
import org.newsroom.article.SectionBlock;
import org.newsroom.article.StoryList;
import org.newsroom.frontpage.LiveFront;
import org.newsroom.people.AuthorDetails;
import org.newsroom.taxonomy.TagRef;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives each public page the {@code Last-Modified} of what it shows, rather than of the whole site: the newest change
 * among the stories on it (an article, its related stories; the stories of a front, section, tag or author page), see
 * {@link ContentVersion#lastChangeOf}, or the last time a story left or joined a list the page shows (a tag page's tag,
 * an article's tags, which choose its related stories; an author page's author; any section), see
 * {@link ListingChanges}; never before the breaking-news banner's last change, as every page shows it. Read from the page's model just before it is rendered, so
 * that no controller has to list its stories twice. A page with nothing recognisable in its model (search, whose
 * results a story anywhere can change) keeps the site-wide time {@link PublicCaching} gave it.
 */
record PageLastModified(ContentVersion versions, ListingChanges listings, PageCache pages)
        implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null
                || !view.hasView()
                || response.getStatus() != 200
                || !PublicCaching.isPublicPage(request)
                || view.getModel().values().stream().anyMatch(SearchResults.class::isInstance)) {
            return;
        }
        Shown shown = new Shown();
        view.getModel().values().forEach(shown::add);
        if (shown.any) {
            java.time.Instant last = pages.bannerChangeOr(
                    listings.latest(versions.lastChangeOf(shown.stories, shown.authors), shown.tags, shown.authors));
            if (shown.arranged != null && shown.arranged.isAfter(last)) {
                last = shown.arranged;
            }
            response.setDateHeader("Last-Modified", last.toEpochMilli());
        }
    }

    /** The stories, tags and authors a page's model holds. */
    private static final class Shown {

        final Set<Long> stories = new LinkedHashSet<>();
        final Set<Long> tags = new LinkedHashSet<>();
        final Set<Long> authors = new LinkedHashSet<>();
        boolean any;
        /** When the page's front was last arranged: a new order of the same stories is a change too. */
        java.time.Instant arranged;

        void add(Object value) {
            switch (value) {
                case ArticleView article -> {
                    story(article.id());
                    article.tags().forEach(tag -> tags.add(tag.id()));
                }
                case TagRef tag -> {
                    tags.add(tag.id());
                    any = true;
                }
                case ArticleSummary story -> story(story.id());
                case Correction correction -> story(correction.articleId());
                case StoryList list -> list.stories().forEach(this::add);
                case SectionBlock block -> block.stories().forEach(this::add);
                case AuthorDetails author -> {
                    authors.add(author.id());
                    any = true;
                }
                case LiveFront front -> {
                    arranged = front.arrangedAt();
                    front.chosen().forEach(this::add);
                }
                case Collection<?> values -> values.forEach(this::add);
                case null, default -> {}
            }
        }

        private void story(long id) {
            stories.add(id);
            any = true;
        }
    }
}
