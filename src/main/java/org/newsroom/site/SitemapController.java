package org.newsroom.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsroom.article.ArticleFeeds;
import org.newsroom.article.SitemapEntry;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Sitemaps for search engines. {@code /sitemap.xml} is an index of {@code /sitemaps/pages.xml} (the front page and the
 * section pages) and of the article sitemaps {@code /sitemaps/articles-{n}.xml}, each a fixed range of story ids and so
 * stable; {@code /news-sitemap.xml} lists the stories of the last 48 hours for Google News. Only published stories
 * are listed, at their canonical URLs.
 */
@Controller
class SitemapController {

    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    /** A page number as the index writes it: no sign, no leading zero, so that a sitemap has one URL. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("TW", "HK", "MO");

    private final ArticleFeeds articles;
    private final SectionService sections;
    private final NewsroomProperties.Site site;
    private final Clock clock;

    SitemapController(ArticleFeeds articles, SectionService sections, NewsroomProperties properties, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.site = properties.site();
        this.clock = clock;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        List<SitemapXml.Location> sitemaps = new ArrayList<>();
        sitemaps.add(new SitemapXml.Location(
                site.url("/sitemaps/pages.xml"), articles.newestPublication().orElse(null)));
        for (int page : articles.sitemapPages()) {
            sitemaps.add(new SitemapXml.Location(site.url("/sitemaps/articles-" + page + ".xml"), null));
        }
        return xml(SitemapXml.index(sitemaps));
    }

    /**
     * The front page and every section page with a published story, each last modified when its newest story was
     * published. A section without one is left out: there is nothing on it to index, and a subsection prepared for a
     * story under embargo must not be announced.
     */
    @GetMapping("/sitemaps/pages.xml")
    ResponseEntity<byte[]> pages() {
        Map<Long, Instant> newest = articles.newestPublicationBySection();
        List<SitemapXml.Location> urls = new ArrayList<>();
        urls.add(new SitemapXml.Location(
                site.url("/"), articles.newestPublication().orElse(null)));
        for (SectionRef section : sections.allSections()) {
            if (newest.containsKey(section.id())) {
                urls.add(new SitemapXml.Location(site.url(section.path()), newest.get(section.id())));
            }
        }
        return xml(SitemapXml.urlset(urls));
    }

    @GetMapping("/sitemaps/articles-{page}.xml")
    ResponseEntity<byte[]> articles(@PathVariable String page) {
        if (!PAGE_NUMBER.matcher(page).matches()) {
            throw new PageNotFoundException("No such sitemap");
        }
        List<SitemapEntry> entries = articles.sitemapPage(Integer.parseInt(page));
        if (entries.isEmpty()) {
            throw new PageNotFoundException("No such sitemap");
        }
        return xml(SitemapXml.urlset(entries.stream()
                .map(entry -> new SitemapXml.Location(site.url(entry.path()), entry.lastModified()))
                .toList()));
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<byte[]> news() {
        Instant since = clock.instant().minus(NEWS_WINDOW);
        return xml(SitemapXml.news(articles.publishedSince(since).stream()
                .map(entry -> new SitemapXml.NewsItem(
                        site.url(entry.path()),
                        site.name(),
                        newsLanguage(entry.language(), site.language()),
                        entry.publishedAt(),
                        entry.headline()))
                .toList()));
    }

    /**
     * The language as Google News wants it: the ISO 639 code alone ({@code pt-BR} becomes {@code pt}), except for
     * Chinese, which is {@code zh-cn} (simplified) or {@code zh-tw} (traditional).
     */
    static String newsLanguage(String languageTag, String siteLanguage) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return Locale.forLanguageTag(siteLanguage).getLanguage();
        }
        if (language.equals("zh")) {
            boolean traditional = locale.getScript().equals("Hant")
                    || (locale.getScript().isEmpty() && TRADITIONAL_CHINESE_REGIONS.contains(locale.getCountry()));
            return traditional ? "zh-tw" : "zh-cn";
        }
        return language;
    }

    private static ResponseEntity<byte[]> xml(byte[] body) {
        return ResponseEntity.ok().contentType(XML).cacheControl(CACHE).body(body);
    }
}
