package org.newsroom.article.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsroom.article.CorrectionService;
import org.newsroom.article.EditBases;
import org.newsroom.article.HistoryService;
import org.newsroom.people.AuthorService;
import org.newsroom.taxonomy.TagService;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What an {@code @AdminWebTest} of a controller that shows the story editor (or its conflict screen) needs besides its
 * controller: the page's own builder and the merges, with what the page reads mocked (tags, authors, corrections,
 * history, the merge bases). The layout's beans mock sections.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({StoryEditorPages.class, StoryMerges.class})
@MockitoBean(
        types = {TagService.class, AuthorService.class, CorrectionService.class, HistoryService.class, EditBases.class})
@interface StoryEditorSlice {}
