package org.newsroom.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.newsroom.article.ContentVersion;
import org.newsroom.frontpage.Banner;
import org.newsroom.frontpage.BannerChanged;
import org.newsroom.frontpage.BannerService;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.taxonomy.SectionRef;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages, kept in memory so that a page is built once and then served without a template or a query.
 * Each page is kept with its surrogate keys, the names of what it shows ({@link org.newsroom.platform.SurrogateKeys}).
 * Whenever anything readers see changes, the database notifies every instance with the change's keys
 * ({@link ContentChangeListener}) and each drops the pages that name one of them, and the pages that name nothing
 * (nothing tells what they show); a notification without keys empties the cache. Entries also expire on their own
 * after a minute, for what changes with time alone.
 *
 * <p>Finding a change's pages walks the cache (at most {@code newsroom.page-cache.max-pages}, 5000, entries): a few
 * hundred microseconds per change, which a news site makes every few seconds at most, against an index of keys to
 * pages that every store and eviction would have to keep right.
 *
 * <p>The breaking-news banner is on every page, and it ends by itself at its expiry, when nothing notifies anyone: so
 * the cache remembers the banner its pages show, and the first request after its expiry empties the cache, on every
 * instance alike (each reads the same expiry from the database). No page with an expired banner is served.
 */
@Component
class PageCache {

    /**
     * A rendered page as it was sent.
     *
     * @param renderedAt when it was rendered, in epoch milliseconds: a hit says how old it is ({@code Age})
     */
    record Page(
            byte[] body,
            String contentType,
            String etag,
            Map<String, List<String>> headers,
            long renderedAt,
            Set<String> keys) {

        Page {
            keys = Set.copyOf(keys);
        }

        /** Whether a change of these keys touches the page: it names one, or it names nothing and may show anything. */
        boolean touchedBy(Collection<String> changed) {
            if (keys.isEmpty()) {
                return true;
            }
            for (String key : changed) {
                if (keys.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The key of a change that touches every page: a section renamed, the site's menu changed, too many keys. */
    static final String EVERYTHING = "*";

    private final Cache<String, Page> pages;
    private final ContentVersion contentVersion;
    private final ListingChanges listings;
    private final BannerService banners;
    /** {@link BannerService#lastChange()}, remembered as {@link #lastChange()} is; {@link Instant#MIN} for never. */
    private final AtomicReference<Instant> bannerChange = new AtomicReference<>();

    private final Clock clock;
    private final AtomicReference<Instant> lastChange = new AtomicReference<>();
    private final boolean enabled;
    private final LongAdder stores = new LongAdder();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<List<SectionRef>> navigation = new AtomicReference<>();
    /** The banner the cached pages show (empty: none), or {@code null} when not read since the last emptying. */
    private final AtomicReference<Optional<Banner>> banner = new AtomicReference<>();

    PageCache(
            ContentVersion contentVersion,
            ListingChanges listings,
            BannerService banners,
            Clock clock,
            NewsroomProperties properties) {
        NewsroomProperties.PageCache settings = properties.pageCache();
        this.contentVersion = contentVersion;
        this.banners = banners;
        this.listings = listings;
        this.clock = clock;
        this.enabled = settings.enabled();
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(settings.ttl())
                .maximumSize(settings.maxPages())
                .build();
    }

    boolean enabled() {
        return enabled;
    }

    /** The time pages are stamped with when rendered, and their age measured against. */
    long now() {
        return clock.millis();
    }

    Page get(String key) {
        if (!enabled) {
            return null;
        }
        dropExpiredBanner();
        return pages.getIfPresent(key);
    }

    /**
     * Keeps a page rendered since {@code renderedSince} (a {@link #generation()}), unless the cache was emptied
     * meanwhile: a render that overlapped a change may have read the content from before it, and must not outlive the
     * change. Checked again after storing, for an emptying between the check and the store.
     */
    void put(String key, Page page, long renderedSince) {
        if (enabled && generation.get() == renderedSince) {
            pages.put(key, page);
            stores.increment();
            if (generation.get() != renderedSince) {
                pages.asMap().remove(key, page);
            }
        }
    }

    /** Counts the times the cache was emptied. */
    long generation() {
        return generation.get();
    }

    /** How many pages were rendered and stored since start: a measure of how often readers missed the cache. */
    long stores() {
        return stores.sum();
    }

    /** When anything readers see last changed, remembered until the next change. */
    Instant lastChange() {
        Instant known = lastChange.get();
        if (known == null) {
            known = bannerChangeOr(listings.latestOfAll(contentVersion.lastChange()));
            lastChange.compareAndSet(null, known);
        }
        return known;
    }

    /**
     * The later of {@code shown} (the time of what a page shows) and the banner's last change: the banner is on every
     * page. Remembered until the next change or the banner's expiry.
     */
    Instant bannerChangeOr(Instant shown) {
        dropExpiredBanner();
        Instant known = bannerChange.get();
        if (known == null) {
            Instant read = banners.lastChange();
            known = read == null ? Instant.MIN : read;
            bannerChange.compareAndSet(null, known);
        }
        return known.isAfter(shown) ? known : shown;
    }

    /**
     * A change made by this instance: the story's own pages, the front page and the API's answers
     * ({@link CachedApi#KEY}) go as soon as the change commits, so that the editor, and a client of this instance's API,
     * see the change at once; the database's notification, a few milliseconds later, names the rest.
     */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(org.newsroom.article.ArticlesChanged change) {
        invalidate(List.of(org.newsroom.platform.SurrogateKeys.story(change.articleId()), "front", CachedApi.KEY));
    }

    /** Drops the pages a change of these keys touches ({@link Page#touchedBy}); {@code *} among them empties all. */
    void invalidate(Collection<String> changed) {
        if (changed.contains(EVERYTHING)) {
            invalidateAll();
            return;
        }
        generation.incrementAndGet();
        lastChange.set(null);
        // The banner is read again too: the story it links to may be the one that changed (unpublished, its path
        // moved), and every page shows it.
        banner.set(null);
        pages.asMap().values().removeIf(page -> page.touchedBy(changed));
    }

    /** A front arranged on this instance: the page it is shown on goes as soon as the change commits. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(org.newsroom.frontpage.FrontChanged change) {
        invalidate(List.of(change.front().surrogateKey()));
    }

    /** The banner set, changed or ended on this instance: as for a story. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(BannerChanged change) {
        invalidateAll();
    }

    void invalidateAll() {
        generation.incrementAndGet();
        lastChange.set(null);
        navigation.set(null);
        banner.set(null);
        bannerChange.set(null);
        pages.invalidateAll();
    }

    /**
     * The sections of the site's menu, read once and kept until anything readers see changes (a section's rename
     * among them), as pages are: every page, cached or not, shows the menu. Kept with the cache off too
     * ({@code newsroom.page-cache.enabled=false}, how the benchmark measures a render), since the same notifications
     * drop it: otherwise every render would read it again.
     */
    List<SectionRef> navigation(Supplier<List<SectionRef>> read) {
        List<SectionRef> known = navigation.get();
        if (known != null) {
            return known;
        }
        long before = generation.get();
        known = read.get();
        if (generation.get() == before) {
            navigation.compareAndSet(null, known);
        }
        return known;
    }

    /**
     * The banner every page shows now, read once and kept until anything readers see changes or it expires. Pages are
     * rendered with what this returns, so a page in the cache never shows a banner past its expiry:
     * {@link #get} empties the cache first. Kept with the cache off too, as the menu is: one render asks for it three
     * times (the layout, the {@code Cache-Control} and the edge's headers), and each read is a query or two.
     */
    Optional<Banner> banner(Supplier<Optional<Banner>> read) {
        dropExpiredBanner();
        Optional<Banner> known = banner.get();
        if (known != null) {
            return known;
        }
        long before = generation.get();
        known = read.get();
        if (known == null) {
            return Optional.empty();
        }
        known = known.filter(shown -> shown.expiresAt().isAfter(clock.instant()));
        if (generation.get() == before) {
            banner.compareAndSet(null, known);
        }
        return known;
    }

    private void dropExpiredBanner() {
        Optional<Banner> shown = banner.get();
        if (shown != null
                && shown.isPresent()
                && !clock.instant().isBefore(shown.get().expiresAt())) {
            invalidateAll();
        }
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
