package org.newsroom.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleWorkingCopyRepository extends JpaRepository<ArticleWorkingCopy, Long> {}
