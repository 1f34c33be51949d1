/** Taxonomy: sections (with subsections) and tags. */
@ApplicationModule(allowedDependencies = {"platform"})
package org.newsroom.taxonomy;

import org.springframework.modulith.ApplicationModule;
