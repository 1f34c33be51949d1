/** Articles: stories, their workflow, Markdown rendering and the published-article queries the reader site uses. */
@ApplicationModule(allowedDependencies = {"audit", "media", "people", "platform", "staff", "taxonomy"})
package org.newsroom.article;

import org.springframework.modulith.ApplicationModule;
