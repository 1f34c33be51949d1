package org.newsroom.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsroom.article.ArticleService;
import org.newsroom.frontpage.BannerService;
import org.newsroom.platform.web.SiteTimes;
import org.newsroom.taxonomy.SectionService;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What every admin page's layout reads from the site module, in a test slice: the real icon and time formats (times from platform), and the
 * layout's section menu from mocks (an empty menu; admin pages do not show it). A slice test that needs the section
 * service takes this mock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({SiteIcon.class, SiteTimes.class})
@MockitoBean(types = {PageCache.class, ArticleService.class, SectionService.class, BannerService.class})
public @interface AdminLayoutBeans {}
