package org.newsroom.site;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.newsroom.article.FeedEntry;
import org.newsroom.live.LiveEntry;
import org.newsroom.live.LiveReading;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.TagRef;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Atom 1.0 feeds of published stories, as ROME models them; ROME writes and escapes the XML.
 *
 * <p>An entry's id is a tag URI made of the site's host, the day of first publication and the story's id, none of
 * which ever changes: feed readers keep recognising a story after its slug, section or headline change, which its URL
 * would not allow.
 */
@Component
class AtomFeeds {

    private final NewsroomProperties.Site site;
    private final String host;
    private final Clock clock;
    private final LiveReading live;

    /** How many of a live story's entries its feed entry lists as its updates. */
    static final int LIVE_UPDATES = 10;

    AtomFeeds(NewsroomProperties properties, Clock clock, LiveReading live) {
        this.site = properties.site();
        this.host = URI.create(site.baseUrl()).getHost();
        this.clock = clock;
        this.live = live;
    }

    /** The feed of the whole site. */
    Feed siteFeed(List<FeedEntry> entries) {
        return feed(site.name(), "/feed.atom", "/", entries);
    }

    /** The feed of a section, whose entries include its subsections' stories. */
    Feed sectionFeed(SectionRef section, List<FeedEntry> entries) {
        return feed(site.name() + " — " + section.name(), section.path() + "/feed.atom", section.path(), entries);
    }

    private Feed feed(String title, String selfPath, String alternatePath, List<FeedEntry> entries) {
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(site.url(selfPath));
        feed.setTitle(XmlText.clean(title));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", site.url(alternatePath))));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", site.url(selfPath))));
        // The site speaks for a story without a byline, so that every entry has the author Atom requires.
        feed.setAuthors(List.of(person(site.name())));
        java.util.Set<Long> liveStories =
                live.liveAmong(entries.stream().map(FeedEntry::id).toList());
        List<Entry> items = entries.stream()
                .map(story -> liveStories.contains(story.id()) ? withUpdates(entry(story), story) : entry(story))
                .toList();
        feed.setUpdated(Date.from(items.stream()
                .map(item -> item.getUpdated().toInstant())
                .max(Comparator.naturalOrder())
                .orElseGet(clock::instant)));
        feed.setEntries(items);
        return feed;
    }

    /**
     * A live story's entry lists its latest updates, newest first, each linked to its permalink, and is updated when
     * the newest of them was.
     */
    private Entry withUpdates(Entry entry, FeedEntry story) {
        List<LiveEntry> updates = live.latestEntries(story.id(), LIVE_UPDATES);
        if (updates.isEmpty()) {
            return entry;
        }
        StringBuilder html = new StringBuilder("<ul>");
        Instant newest = story.lastModified();
        for (LiveEntry update : updates) {
            String url = site.url(story.path()) + "?entry=" + update.id() + "#" + update.anchor();
            html.append("<li><a href=\"")
                    .append(HtmlUtils.htmlEscape(url))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(
                            update.postedAt().truncatedTo(ChronoUnit.MINUTES).toString()))
                    .append("</a> ")
                    .append(HtmlUtils.htmlEscape(update.label()))
                    .append("</li>");
            Instant changed = update.wasUpdated() ? update.updatedAt() : update.postedAt();
            if (changed.isAfter(newest)) {
                newest = changed;
            }
        }
        html.append("</ul>");
        Content content = new Content();
        content.setType("html");
        content.setValue(XmlText.clean(html.toString()));
        entry.setContents(List.of(content));
        entry.setUpdated(Date.from(newest));
        return entry;
    }

    private Entry entry(FeedEntry story) {
        Entry entry = new Entry();
        entry.setId(tagUri(story));
        entry.setTitle(XmlText.clean(story.headline()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", site.url(story.path()))));
        if (story.deck() != null && !story.deck().isBlank()) {
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(XmlText.clean(story.deck()));
            entry.setSummary(summary);
        }
        entry.setPublished(Date.from(story.publishedAt()));
        entry.setUpdated(Date.from(story.lastModified()));
        entry.setAuthors(story.byline().stream()
                .map(author -> (SyndPerson) person(author.name()))
                .toList());
        entry.setCategories(categories(story));
        return entry;
    }

    /** The section (after its parent, for a subsection), then the tags. */
    private List<Category> categories(FeedEntry story) {
        List<Category> categories = new ArrayList<>();
        SectionRef section = story.section();
        if (section.hasParent()) {
            categories.add(category(section.parentSlug(), section.parentName(), site.url("/")));
        }
        categories.add(category(section.slug(), section.name(), site.url("/")));
        for (TagRef tag : story.tags()) {
            categories.add(category(tag.slug(), tag.name(), site.url("/tag/")));
        }
        return categories;
    }

    /** {@code tag:news.example,2014-02-10:article-42} (RFC 4151). */
    private String tagUri(FeedEntry story) {
        LocalDate day = LocalDate.ofInstant(story.publishedAt(), ZoneOffset.UTC);
        return "tag:%s,%s:article-%d".formatted(host, day, story.id());
    }

    private static Category category(String term, String label, String scheme) {
        Category category = new Category();
        category.setTerm(term);
        category.setLabel(XmlText.clean(label));
        category.setScheme(scheme);
        return category;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(XmlText.clean(name));
        return person;
    }
}
