package org.newsroom.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    boolean existsBySlugAndIdNot(String slug, Long id);

    boolean existsBySlug(String slug);

    @Query("select a.status from Article a where a.slug = :slug")
    Optional<ArticleStatus> findStatusBySlug(String slug);
}
