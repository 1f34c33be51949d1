package org.newsroom.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The surrogate keys of the public page being answered: the names of what it shows, sent in its
 * {@code Surrogate-Key} header and used to empty exactly the pages a change touches, in the page cache and at the CDN.
 * The site collects most of them by itself (the stories, images, sections, tags and authors a page's model holds); a
 * controller or advice that shows something else names it here, e.g. {@code SurrogateKeys.add("banner")}.
 *
 * <p>The names (docs/cdn.md): {@code a:<story id>}, {@code s:<section id>}, {@code t:<tag id>},
 * {@code p:<author id>}, {@code i:<image id>}, {@code front}, {@code feeds}, {@code sitemaps}, {@code corrections}.
 * Ids rather than slugs: they are ASCII (slugs may be Arabic), short, and survive a rename.
 */
public final class SurrogateKeys {

    static final String ATTRIBUTE = SurrogateKeys.class.getName();

    private SurrogateKeys() {}

    public static String story(long id) {
        return "a:" + id;
    }

    public static String section(long id) {
        return "s:" + id;
    }

    public static String tag(long id) {
        return "t:" + id;
    }

    public static String author(long id) {
        return "p:" + id;
    }

    public static String image(long id) {
        return "i:" + id;
    }

    /** Names these keys on the page of the current request; outside a request, nothing. */
    public static void add(String... keys) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            of(servlet.getRequest()).addAll(java.util.List.of(keys));
        }
    }

    public static void add(HttpServletRequest request, Collection<String> keys) {
        of(request).addAll(keys);
    }

    /** The keys named so far on this request's page, in the order they were named. */
    @SuppressWarnings("unchecked")
    public static Set<String> of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof Set<?> set) {
            return (Set<String>) set;
        }
        Set<String> keys = new LinkedHashSet<>();
        request.setAttribute(ATTRIBUTE, keys);
        return keys;
    }
}
