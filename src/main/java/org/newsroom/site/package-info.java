/** The public reader website: front page, article pages, feeds, sitemaps, robots.txt and error pages. */
@ApplicationModule(
        allowedDependencies = {"article", "frontpage", "live", "media", "people", "platform", "staff", "taxonomy"})
package org.newsroom.site;

import org.springframework.modulith.ApplicationModule;
