package org.newsroom.article;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The old URLs of stories whose slug or section changed after publication. */
@Component
class ArticleRedirects {

    private final JdbcClient jdbc;

    ArticleRedirects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers that {@code oldPath} now belongs to the story's history; its current path stops being a redirect. */
    void moved(long articleId, String oldPath, String oldSlug, String newPath) {
        if (oldPath == null || oldPath.equals(newPath)) {
            return;
        }
        jdbc.sql("""
                        insert into article_redirects (path, slug, article_id) values (:path, :slug, :article)
                        on conflict (path) do nothing
                        """)
                .param("path", oldPath)
                .param("slug", oldSlug)
                .param("article", articleId)
                .update();
        jdbc.sql("delete from article_redirects where path = :path and article_id = :article")
                .param("path", newPath)
                .param("article", articleId)
                .update();
    }

    Optional<Long> articleFor(String path) {
        return jdbc.sql("select article_id from article_redirects where path = :path")
                .param("path", path)
                .query(Long.class)
                .optional();
    }

    /** Was this slug ever part of another story's URL? Then it stays that story's, so old links never mislead. */
    boolean slugBelongsToAnother(String slug, Long articleId) {
        return jdbc.sql("""
                        select exists (select 1 from article_redirects
                                       where slug = :slug and (cast(:article as bigint) is null or article_id <> :article))
                        """)
                .param("slug", slug)
                .param("article", articleId)
                .query(Boolean.class)
                .single();
    }
}
