package org.newsroom.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRepository extends JpaRepository<ArticleCorrection, Long> {

    List<ArticleCorrection> findByArticleIdOrderByPublishedAtAscIdAsc(Long articleId);
}
