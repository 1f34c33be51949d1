package org.newsroom.site;

import java.util.List;
import org.newsroom.article.ArticleSummary;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.site.ArticleMetadata.SharedImage;
import org.springframework.stereotype.Component;

/**
 * What social networks read of the front, section, tag and author pages: a website (not an article) with its title,
 * description, canonical URL and, to make the shared card worth a click, the picture of the page's lead story.
 */
@Component
class ListingMetadata {

    private final NewsroomProperties.Site site;

    private final tools.jackson.databind.json.JsonMapper json;

    ListingMetadata(NewsroomProperties properties, tools.jackson.databind.json.JsonMapper json) {
        this.site = properties.site();
        this.json = json;
    }

    /**
     * The front page's structured data: its top stories as an {@code ItemList}, in the order the page shows them (the
     * editors' chosen stories first), for search engines' carousels.
     */
    String itemList(List<ArticleSummary> stories) {
        List<java.util.Map<String, Object>> items = new java.util.ArrayList<>();
        for (ArticleSummary story : stories) {
            items.add(java.util.Map.of(
                    "@type",
                    "ListItem",
                    "position",
                    items.size() + 1,
                    "url",
                    site.url(story.path()),
                    "name",
                    story.headline()));
        }
        java.util.Map<String, Object> list = new java.util.LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "ItemList");
        list.put("itemListElement", items);
        return ArticleMetadata.safeInScript(json.writeValueAsString(list));
    }

    /**
     * @param image the lead story's picture, or, when the lead has none, that of the newest story on the page with
     *     one; {@code null} when no story shown has a picture
     */
    record Sharing(String title, String description, String url, SharedImage image) {}

    Sharing of(String title, String description, String canonical, List<ArticleSummary> stories) {
        SharedImage image = stories.stream()
                .filter(ArticleSummary::hasImage)
                .map(story -> SharedImage.of(story.image(), site))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new Sharing(title, description, canonical, image);
    }
}
