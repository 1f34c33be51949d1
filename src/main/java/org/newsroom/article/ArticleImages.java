package org.newsroom.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.media.ImageChanged;
import org.newsroom.media.ImageUsage;
import org.newsroom.media.ImageUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stories as users of library images: the library asks which stories use an image (lead or body, live or in a working
 * copy), and when an image's description changes, the bodies that show it are rendered again, so that their captions,
 * credits and alt text follow.
 */
@Component
record ArticleImages(JdbcClient jdbc, MarkdownRenderer markdown, ApplicationEventPublisher events)
        implements ImageUsage {

    @Override
    public Map<Long, List<ImageUser>> usersOf(Collection<Long> imageIds) {
        if (imageIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ImageUser>> users = new LinkedHashMap<>();
        jdbc.sql("""
                        select u.image_id, a.id, a.headline, a.status
                        from (select image_id, article_id from article_images where image_id in (:ids)
                              union
                              select x.image_id, w.article_id
                              from article_working_copies w cross join lateral unnest(w.image_ids) as x(image_id)
                              where w.image_ids && array[:ids]::bigint[] and x.image_id in (:ids)) u
                        join articles a on a.id = u.article_id
                        order by u.image_id, a.modified_at desc, a.id desc
                        """).param("ids", List.copyOf(imageIds)).query(rs -> {
            ArticleStatus status = ArticleStatus.valueOf(rs.getString("status"));
            users.computeIfAbsent(rs.getLong("image_id"), id -> new ArrayList<>())
                    .add(new ImageUser(
                            rs.getLong("id"),
                            rs.getString("headline"),
                            label(status),
                            status == ArticleStatus.PUBLISHED,
                            "/admin/articles/" + rs.getLong("id") + "/edit"));
        });
        return users;
    }

    /**
     * Renders again the live bodies that show the image, in the transaction that changed it. A plain update of the
     * rendered HTML only: it is not an edit, so it must not move the story's version and conflict with an editor's
     * save. Stories that readers see are announced, so that this instance's page cache lets them go at commit (others
     * hear it from the database).
     */
    @EventListener
    void on(ImageChanged change) {
        List<long[]> uses = jdbc.sql("""
                        select a.id, case when a.status = 'PUBLISHED' then 1 else 0 end as public
                        from article_images ai join articles a on a.id = ai.article_id
                        where ai.image_id = :image
                        """)
                .param("image", change.imageId())
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("public")})
                .list();
        for (long[] use : uses) {
            long articleId = use[0];
            String[] row = jdbc.sql("select body_markdown, language from articles where id = :id")
                    .param("id", articleId)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .single();
            String body = row[0];
            boolean inBody = MarkdownRenderer.imageReferences(body).stream()
                    .map(ImageReference::imageId)
                    .anyMatch(id -> id == change.imageId());
            if (inBody) {
                jdbc.sql("update articles set body_html = :html where id = :id")
                        .param("html", markdown.toSafeHtml(body, row[1]))
                        .param("id", articleId)
                        .update();
            }
            if (use[1] == 1) {
                events.publishEvent(new ArticlesChanged(articleId));
            }
        }
    }

    static String label(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
        };
    }
}
