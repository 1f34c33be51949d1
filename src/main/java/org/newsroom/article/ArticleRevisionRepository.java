package org.newsroom.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    @Query("select coalesce(max(r.number), 0) from ArticleRevision r where r.articleId = :articleId")
    int lastNumber(Long articleId);
}
