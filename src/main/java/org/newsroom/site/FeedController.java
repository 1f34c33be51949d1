package org.newsroom.site;

import com.rometools.rome.feed.atom.Feed;
import java.time.Duration;
import org.newsroom.article.ArticleFeeds;
import org.newsroom.article.ArticleService;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TaxonomyService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of the newest published stories: the whole site's, and each section's with its subsections' stories. A
 * feed may be cached for five minutes, by browsers and by a CDN.
 */
@Controller
class FeedController {

    static final int FEED_SIZE = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ArticleFeeds articles;
    private final ArticleService stories;
    private final TaxonomyService taxonomy;
    private final AtomFeeds feeds;

    FeedController(ArticleFeeds articles, ArticleService stories, TaxonomyService taxonomy, AtomFeeds feeds) {
        this.articles = articles;
        this.stories = stories;
        this.taxonomy = taxonomy;
        this.feeds = feeds;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<Feed> siteFeed() {
        return atom(feeds.siteFeed(articles.latest(FEED_SIZE)));
    }

    @GetMapping("/{section}/feed.atom")
    ResponseEntity<Feed> sectionFeed(@PathVariable String section) {
        SectionRef found = taxonomy.findSection(section)
                .filter(candidate -> ListingController.isPublic(candidate, stories))
                .orElseThrow(() -> new PageNotFoundException("No such section"));
        return atom(feeds.sectionFeed(found, articles.latestInSection(found.id(), FEED_SIZE)));
    }

    private static ResponseEntity<Feed> atom(Feed feed) {
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CACHE).body(feed);
    }
}
