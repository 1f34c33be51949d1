/** The public reader website: front page, article pages, feeds, sitemaps, robots.txt and error pages. */
package org.newsroom.site;
