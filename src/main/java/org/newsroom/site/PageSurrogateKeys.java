package org.newsroom.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsroom.article.ArticleSummary;
import org.newsroom.article.ArticleView;
import org.newsroom.article.Correction;
import org.newsroom.frontpage.Banner;
import org.newsroom.media.Picture;
import org.newsroom.platform.RequestPaths;
import org.newsroom.platform.SurrogateKeys;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Names what a public page shows in its surrogate keys ({@link SurrogateKeys}), read from its model just before it is
 * rendered: every story (its id), and every image, wherever in the model they are: in a list, a map, or any record of
 * Newsroom's that holds them (a front page's blocks, a curated arrangement, a banner). So a new page that shows stories
 * gets their keys without a line of its own, and a page's keys follow exactly what it shows. An article page also
 * names its section and tags, which choose its related stories. A list page names its list itself
 * ({@link ListingController}); {@link #routeKeys} names the pages that show everything of a kind.
 */
class PageSurrogateKeys implements HandlerInterceptor {

    /** How deep into the model's records keys are looked for: a page's model is shallow, and records never cycle. */
    private static final int DEPTH = 6;

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || !PublicCaching.isPublicPage(request)) {
            return;
        }
        Set<String> keys = SurrogateKeys.of(request);
        view.getModel().values().forEach(value -> add(keys, value, 0));
    }

    /** The keys of the pages that show a whole kind of thing: the front page, the feeds, the sitemaps, search. */
    static Set<String> routeKeys(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        if (path.equals("/")) {
            return Set.of("front");
        }
        if (path.endsWith(".atom")) {
            return Set.of("feeds");
        }
        if (path.endsWith("sitemap.xml")) {
            return Set.of("sitemaps");
        }
        if (path.equals("/corrections")) {
            return Set.of("corrections");
        }
        if (path.equals("/search")) {
            return Set.of("search");
        }
        return Set.of();
    }

    static void add(Set<String> keys, Object value, int depth) {
        if (value == null || depth > DEPTH) {
            return;
        }
        switch (value) {
            case ArticleView article -> {
                keys.add(SurrogateKeys.story(article.id()));
                if (article.section() != null) {
                    keys.add(SurrogateKeys.section(article.section().id()));
                }
                article.tags().forEach(tag -> keys.add(SurrogateKeys.tag(tag.id())));
                add(keys, article.leadImage(), depth + 1);
            }
            case ArticleSummary story -> {
                keys.add(SurrogateKeys.story(story.id()));
                add(keys, story.image(), depth + 1);
            }
            case Correction correction -> keys.add(SurrogateKeys.story(correction.articleId()));
            case Banner banner when banner.articleId() != null -> keys.add(SurrogateKeys.story(banner.articleId()));
            case Picture picture -> keys.add(SurrogateKeys.image(picture.id()));
            case Collection<?> values -> values.forEach(item -> add(keys, item, depth + 1));
            case Map<?, ?> map -> map.values().forEach(item -> add(keys, item, depth + 1));
            case Optional<?> optional -> optional.ifPresent(item -> add(keys, item, depth + 1));
            case Record record
            when record.getClass().getName().startsWith("org.newsroom.") -> {
                for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                    if (!component.getType().isPrimitive() && component.getType() != String.class) {
                        add(keys, read(component, record), depth + 1);
                    }
                }
            }
            default -> {}
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
