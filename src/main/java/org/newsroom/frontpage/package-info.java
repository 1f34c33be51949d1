/**
 * The curated front page and the section fronts: the stories editors choose and their order, as a working copy and a
 * live arrangement, with revisions and schedules. The reader site reads a front's live arrangement through
 * {@link org.newsroom.frontpage.FrontPages}; editors arrange it through {@link org.newsroom.frontpage.FrontCuration}.
 */
@ApplicationModule(allowedDependencies = {"article", "audit", "media", "platform", "staff", "taxonomy"})
package org.newsroom.frontpage;

import org.springframework.modulith.ApplicationModule;
