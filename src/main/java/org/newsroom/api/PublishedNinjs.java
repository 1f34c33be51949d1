package org.newsroom.api;

import java.util.Map;
import java.util.Optional;
import org.newsroom.article.ArticleLookup;
import org.newsroom.article.PublishedContent;
import org.springframework.stereotype.Component;

/**
 * A published story as the content API serves it in ninjs, for other modules (webhooks' payloads), so that a consumer
 * gets the same document from a webhook as from {@code /api/v1/articles/{id}}.
 */
@Component
public class PublishedNinjs {

    private final PublishedContent content;
    private final Ninjs ninjs;

    PublishedNinjs(PublishedContent content, Ninjs ninjs) {
        this.content = content;
        this.ninjs = ninjs;
    }

    /** The story's ninjs, if readers may see it now; empty for a draft, an unpublished or an unknown story. */
    public Optional<Map<String, Object>> of(long articleId) {
        return content.byId(articleId) instanceof ArticleLookup.Found(var article, var related)
                ? Optional.of(ninjs.of(article))
                : Optional.empty();
    }
}
