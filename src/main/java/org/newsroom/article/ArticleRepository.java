package org.newsroom.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("select count(a) > 0 from Article a where a.content.slug = :slug and a.id <> :id")
    boolean existsBySlugAndIdNot(String slug, Long id);

    @Query("select count(a) > 0 from Article a where a.content.slug = :slug")
    boolean existsBySlug(String slug);

    @Query("select a.status from Article a where a.content.slug = :slug")
    Optional<ArticleStatus> findStatusBySlug(String slug);

    @Query("select a.id from Article a where a.content.slug = :slug and a.status = :status")
    Optional<Long> findIdBySlugAndStatus(String slug, ArticleStatus status);
}
