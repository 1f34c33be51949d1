/**
 * The front page as editors decide it: the curated front page and section fronts, and the breaking-news banner shown
 * above every reader page ({@link org.newsroom.frontpage.BannerService}).
 */
@ApplicationModule(allowedDependencies = {"article", "audit", "platform", "staff"})
package org.newsroom.frontpage;

import org.springframework.modulith.ApplicationModule;
