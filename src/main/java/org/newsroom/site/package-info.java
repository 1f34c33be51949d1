/** The public reader website: front page, article pages and error pages. */
package org.newsroom.site;
