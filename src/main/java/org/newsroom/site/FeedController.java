package org.newsroom.site;

import com.rometools.rome.feed.atom.Feed;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.newsroom.article.ArticleFeeds;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ContentVersion;
import org.newsroom.article.FeedEntry;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
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
record FeedController(
        ArticleFeeds articles,
        ArticleService stories,
        SectionService sections,
        AtomFeeds feeds,
        ContentVersion versions,
        ListingChanges listings) {

    static final int FEED_SIZE = 50;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    @GetMapping("/feed.atom")
    ResponseEntity<Feed> siteFeed(HttpServletResponse response) {
        List<FeedEntry> entries = articles.latest(FEED_SIZE);
        lastModified(response, entries);
        return atom(feeds.siteFeed(entries));
    }

    @GetMapping("/{section}/feed.atom")
    ResponseEntity<Feed> sectionFeed(@PathVariable String section, HttpServletResponse response) {
        SectionRef found = sections.findSection(section)
                .filter(candidate -> ListingController.isPublic(candidate, stories))
                .orElseThrow(() -> new PageNotFoundException("No such section"));
        List<FeedEntry> entries = articles.latestInSection(found.id(), FEED_SIZE);
        lastModified(response, entries);
        return atom(feeds.sectionFeed(found, entries));
    }

    /**
     * The newest change among the feed's stories, or a story moved out of a section, as for a page
     * ({@link PageLastModified}).
     */
    private void lastModified(HttpServletResponse response, List<FeedEntry> entries) {
        response.setDateHeader(
                "Last-Modified",
                listings.latest(
                                versions.lastChangeOf(
                                        entries.stream().map(FeedEntry::id).toList(), List.of()),
                                List.of(),
                                List.of())
                        .toEpochMilli());
    }

    private static ResponseEntity<Feed> atom(Feed feed) {
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CACHE).body(feed);
    }
}
