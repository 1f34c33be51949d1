/**
 * The front page as editors decide it: the stories editors choose and their order for the front page and the section
 * fronts, as a working copy and a live arrangement, with revisions and schedules; and the breaking-news banner shown
 * above every reader page. The reader site reads a front's live arrangement through
 * {@link org.newsroom.frontpage.FrontPages} and the banner through {@link org.newsroom.frontpage.BannerService}; editors
 * arrange a front through {@link org.newsroom.frontpage.FrontCuration}.
 */
@ApplicationModule(allowedDependencies = {"article", "audit", "media", "platform", "staff", "taxonomy"})
package org.newsroom.frontpage;

import org.springframework.modulith.ApplicationModule;
